// Converted from the Inductor corpus graph mobilenet_v2_train_g1.json (PyTorch 2.11).
memsched.graph @mobilenet_v2_train_g1 {
  %mul_365 = memsched.input "mul_365" freeable : !memsched.buffer<40960>
  %convolution_51 = memsched.input "convolution_51" freeable : !memsched.buffer<2007040>
  %getitem_103 = memsched.input "getitem_103" freeable : !memsched.buffer<5120>
  %rsqrt_51 = memsched.input "rsqrt_51" freeable : !memsched.buffer<5120>
  %gt = memsched.input "gt" freeable : !memsched.buffer<10240>
  %add_264 = memsched.input "add_264" freeable : !memsched.buffer<501760>
  %convolution_50 = memsched.input "convolution_50" freeable : !memsched.buffer<501760>
  %unsqueeze_222 = memsched.input "unsqueeze_222" freeable : !memsched.buffer<1280>
  %squeeze_151 = memsched.input "squeeze_151" freeable : !memsched.buffer<1280>
  %clamp_max_33 = memsched.input "clamp_max_33" freeable : !memsched.buffer<1505280>
  %convolution_49 = memsched.input "convolution_49" freeable : !memsched.buffer<1505280>
  %getitem_99 = memsched.input "getitem_99" freeable : !memsched.buffer<3840>
  %rsqrt_49 = memsched.input "rsqrt_49" freeable : !memsched.buffer<3840>
  %clamp_max_32 = memsched.input "clamp_max_32" freeable : !memsched.buffer<1505280>
  %convolution_48 = memsched.input "convolution_48" freeable : !memsched.buffer<1505280>
  %getitem_97 = memsched.input "getitem_97" freeable : !memsched.buffer<3840>
  %rsqrt_48 = memsched.input "rsqrt_48" freeable : !memsched.buffer<3840>
  %add_249 = memsched.input "add_249" freeable : !memsched.buffer<250880>
  %convolution_47 = memsched.input "convolution_47" freeable : !memsched.buffer<250880>
  %unsqueeze_258 = memsched.input "unsqueeze_258" freeable : !memsched.buffer<640>
  %squeeze_142 = memsched.input "squeeze_142" freeable : !memsched.buffer<640>
  %clamp_max_31 = memsched.input "clamp_max_31" freeable : !memsched.buffer<1505280>
  %convolution_46 = memsched.input "convolution_46" freeable : !memsched.buffer<1505280>
  %getitem_93 = memsched.input "getitem_93" freeable : !memsched.buffer<3840>
  %rsqrt_46 = memsched.input "rsqrt_46" freeable : !memsched.buffer<3840>
  %clamp_max_30 = memsched.input "clamp_max_30" freeable : !memsched.buffer<1505280>
  %convolution_45 = memsched.input "convolution_45" freeable : !memsched.buffer<1505280>
  %getitem_91 = memsched.input "getitem_91" freeable : !memsched.buffer<3840>
  %rsqrt_45 = memsched.input "rsqrt_45" freeable : !memsched.buffer<3840>
  %add_233 = memsched.input "add_233" freeable : !memsched.buffer<250880>
  %convolution_44 = memsched.input "convolution_44" freeable : !memsched.buffer<250880>
  %unsqueeze_294 = memsched.input "unsqueeze_294" freeable : !memsched.buffer<640>
  %squeeze_133 = memsched.input "squeeze_133" freeable : !memsched.buffer<640>
  %clamp_max_29 = memsched.input "clamp_max_29" freeable : !memsched.buffer<1505280>
  %convolution_43 = memsched.input "convolution_43" freeable : !memsched.buffer<1505280>
  %getitem_87 = memsched.input "getitem_87" freeable : !memsched.buffer<3840>
  %rsqrt_43 = memsched.input "rsqrt_43" freeable : !memsched.buffer<3840>
  %clamp_max_28 = memsched.input "clamp_max_28" freeable : !memsched.buffer<1505280>
  %convolution_42 = memsched.input "convolution_42" freeable : !memsched.buffer<1505280>
  %getitem_85 = memsched.input "getitem_85" freeable : !memsched.buffer<3840>
  %rsqrt_42 = memsched.input "rsqrt_42" freeable : !memsched.buffer<3840>
  %add_217 = memsched.input "add_217" freeable : !memsched.buffer<250880>
  %convolution_41 = memsched.input "convolution_41" freeable : !memsched.buffer<250880>
  %unsqueeze_330 = memsched.input "unsqueeze_330" freeable : !memsched.buffer<640>
  %squeeze_124 = memsched.input "squeeze_124" freeable : !memsched.buffer<640>
  %clamp_max_27 = memsched.input "clamp_max_27" freeable : !memsched.buffer<903168>
  %convolution_40 = memsched.input "convolution_40" freeable : !memsched.buffer<903168>
  %getitem_81 = memsched.input "getitem_81" freeable : !memsched.buffer<2304>
  %rsqrt_40 = memsched.input "rsqrt_40" freeable : !memsched.buffer<2304>
  %clamp_max_26 = memsched.input "clamp_max_26" freeable : !memsched.buffer<3612672>
  %convolution_39 = memsched.input "convolution_39" freeable : !memsched.buffer<3612672>
  %getitem_79 = memsched.input "getitem_79" freeable : !memsched.buffer<2304>
  %rsqrt_39 = memsched.input "rsqrt_39" freeable : !memsched.buffer<2304>
  %add_202 = memsched.input "add_202" freeable : !memsched.buffer<602112>
  %convolution_38 = memsched.input "convolution_38" freeable : !memsched.buffer<602112>
  %unsqueeze_366 = memsched.input "unsqueeze_366" freeable : !memsched.buffer<384>
  %squeeze_115 = memsched.input "squeeze_115" freeable : !memsched.buffer<384>
  %clamp_max_25 = memsched.input "clamp_max_25" freeable : !memsched.buffer<3612672>
  %convolution_37 = memsched.input "convolution_37" freeable : !memsched.buffer<3612672>
  %getitem_75 = memsched.input "getitem_75" freeable : !memsched.buffer<2304>
  %rsqrt_37 = memsched.input "rsqrt_37" freeable : !memsched.buffer<2304>
  %clamp_max_24 = memsched.input "clamp_max_24" freeable : !memsched.buffer<3612672>
  %convolution_36 = memsched.input "convolution_36" freeable : !memsched.buffer<3612672>
  %getitem_73 = memsched.input "getitem_73" freeable : !memsched.buffer<2304>
  %rsqrt_36 = memsched.input "rsqrt_36" freeable : !memsched.buffer<2304>
  %add_186 = memsched.input "add_186" freeable : !memsched.buffer<602112>
  %convolution_35 = memsched.input "convolution_35" freeable : !memsched.buffer<602112>
  %unsqueeze_402 = memsched.input "unsqueeze_402" freeable : !memsched.buffer<384>
  %squeeze_106 = memsched.input "squeeze_106" freeable : !memsched.buffer<384>
  %clamp_max_23 = memsched.input "clamp_max_23" freeable : !memsched.buffer<3612672>
  %convolution_34 = memsched.input "convolution_34" freeable : !memsched.buffer<3612672>
  %getitem_69 = memsched.input "getitem_69" freeable : !memsched.buffer<2304>
  %rsqrt_34 = memsched.input "rsqrt_34" freeable : !memsched.buffer<2304>
  %clamp_max_22 = memsched.input "clamp_max_22" freeable : !memsched.buffer<3612672>
  %convolution_33 = memsched.input "convolution_33" freeable : !memsched.buffer<3612672>
  %getitem_67 = memsched.input "getitem_67" freeable : !memsched.buffer<2304>
  %rsqrt_33 = memsched.input "rsqrt_33" freeable : !memsched.buffer<2304>
  %add_170 = memsched.input "add_170" freeable : !memsched.buffer<602112>
  %convolution_32 = memsched.input "convolution_32" freeable : !memsched.buffer<602112>
  %unsqueeze_438 = memsched.input "unsqueeze_438" freeable : !memsched.buffer<384>
  %squeeze_97 = memsched.input "squeeze_97" freeable : !memsched.buffer<384>
  %clamp_max_21 = memsched.input "clamp_max_21" freeable : !memsched.buffer<2408448>
  %convolution_31 = memsched.input "convolution_31" freeable : !memsched.buffer<2408448>
  %getitem_63 = memsched.input "getitem_63" freeable : !memsched.buffer<1536>
  %rsqrt_31 = memsched.input "rsqrt_31" freeable : !memsched.buffer<1536>
  %clamp_max_20 = memsched.input "clamp_max_20" freeable : !memsched.buffer<2408448>
  %convolution_30 = memsched.input "convolution_30" freeable : !memsched.buffer<2408448>
  %getitem_61 = memsched.input "getitem_61" freeable : !memsched.buffer<1536>
  %rsqrt_30 = memsched.input "rsqrt_30" freeable : !memsched.buffer<1536>
  %add_155 = memsched.input "add_155" freeable : !memsched.buffer<401408>
  %convolution_29 = memsched.input "convolution_29" freeable : !memsched.buffer<401408>
  %unsqueeze_474 = memsched.input "unsqueeze_474" freeable : !memsched.buffer<256>
  %squeeze_88 = memsched.input "squeeze_88" freeable : !memsched.buffer<256>
  %clamp_max_19 = memsched.input "clamp_max_19" freeable : !memsched.buffer<2408448>
  %convolution_28 = memsched.input "convolution_28" freeable : !memsched.buffer<2408448>
  %getitem_57 = memsched.input "getitem_57" freeable : !memsched.buffer<1536>
  %rsqrt_28 = memsched.input "rsqrt_28" freeable : !memsched.buffer<1536>
  %clamp_max_18 = memsched.input "clamp_max_18" freeable : !memsched.buffer<2408448>
  %convolution_27 = memsched.input "convolution_27" freeable : !memsched.buffer<2408448>
  %getitem_55 = memsched.input "getitem_55" freeable : !memsched.buffer<1536>
  %rsqrt_27 = memsched.input "rsqrt_27" freeable : !memsched.buffer<1536>
  %add_139 = memsched.input "add_139" freeable : !memsched.buffer<401408>
  %convolution_26 = memsched.input "convolution_26" freeable : !memsched.buffer<401408>
  %unsqueeze_510 = memsched.input "unsqueeze_510" freeable : !memsched.buffer<256>
  %squeeze_79 = memsched.input "squeeze_79" freeable : !memsched.buffer<256>
  %clamp_max_17 = memsched.input "clamp_max_17" freeable : !memsched.buffer<2408448>
  %convolution_25 = memsched.input "convolution_25" freeable : !memsched.buffer<2408448>
  %getitem_51 = memsched.input "getitem_51" freeable : !memsched.buffer<1536>
  %rsqrt_25 = memsched.input "rsqrt_25" freeable : !memsched.buffer<1536>
  %clamp_max_16 = memsched.input "clamp_max_16" freeable : !memsched.buffer<2408448>
  %convolution_24 = memsched.input "convolution_24" freeable : !memsched.buffer<2408448>
  %getitem_49 = memsched.input "getitem_49" freeable : !memsched.buffer<1536>
  %rsqrt_24 = memsched.input "rsqrt_24" freeable : !memsched.buffer<1536>
  %add_123 = memsched.input "add_123" freeable : !memsched.buffer<401408>
  %convolution_23 = memsched.input "convolution_23" freeable : !memsched.buffer<401408>
  %unsqueeze_546 = memsched.input "unsqueeze_546" freeable : !memsched.buffer<256>
  %squeeze_70 = memsched.input "squeeze_70" freeable : !memsched.buffer<256>
  %clamp_max_15 = memsched.input "clamp_max_15" freeable : !memsched.buffer<2408448>
  %convolution_22 = memsched.input "convolution_22" freeable : !memsched.buffer<2408448>
  %getitem_45 = memsched.input "getitem_45" freeable : !memsched.buffer<1536>
  %rsqrt_22 = memsched.input "rsqrt_22" freeable : !memsched.buffer<1536>
  %clamp_max_14 = memsched.input "clamp_max_14" freeable : !memsched.buffer<2408448>
  %convolution_21 = memsched.input "convolution_21" freeable : !memsched.buffer<2408448>
  %getitem_43 = memsched.input "getitem_43" freeable : !memsched.buffer<1536>
  %rsqrt_21 = memsched.input "rsqrt_21" freeable : !memsched.buffer<1536>
  %add_107 = memsched.input "add_107" freeable : !memsched.buffer<401408>
  %convolution_20 = memsched.input "convolution_20" freeable : !memsched.buffer<401408>
  %unsqueeze_582 = memsched.input "unsqueeze_582" freeable : !memsched.buffer<256>
  %squeeze_61 = memsched.input "squeeze_61" freeable : !memsched.buffer<256>
  %clamp_max_13 = memsched.input "clamp_max_13" freeable : !memsched.buffer<1204224>
  %convolution_19 = memsched.input "convolution_19" freeable : !memsched.buffer<1204224>
  %getitem_39 = memsched.input "getitem_39" freeable : !memsched.buffer<768>
  %rsqrt_19 = memsched.input "rsqrt_19" freeable : !memsched.buffer<768>
  %clamp_max_12 = memsched.input "clamp_max_12" freeable : !memsched.buffer<4816896>
  %convolution_18 = memsched.input "convolution_18" freeable : !memsched.buffer<4816896>
  %getitem_37 = memsched.input "getitem_37" freeable : !memsched.buffer<768>
  %rsqrt_18 = memsched.input "rsqrt_18" freeable : !memsched.buffer<768>
  %add_92 = memsched.input "add_92" freeable : !memsched.buffer<802816>
  %convolution_17 = memsched.input "convolution_17" freeable : !memsched.buffer<802816>
  %unsqueeze_618 = memsched.input "unsqueeze_618" freeable : !memsched.buffer<128>
  %squeeze_52 = memsched.input "squeeze_52" freeable : !memsched.buffer<128>
  %clamp_max_11 = memsched.input "clamp_max_11" freeable : !memsched.buffer<4816896>
  %convolution_16 = memsched.input "convolution_16" freeable : !memsched.buffer<4816896>
  %getitem_33 = memsched.input "getitem_33" freeable : !memsched.buffer<768>
  %rsqrt_16 = memsched.input "rsqrt_16" freeable : !memsched.buffer<768>
  %clamp_max_10 = memsched.input "clamp_max_10" freeable : !memsched.buffer<4816896>
  %convolution_15 = memsched.input "convolution_15" freeable : !memsched.buffer<4816896>
  %getitem_31 = memsched.input "getitem_31" freeable : !memsched.buffer<768>
  %rsqrt_15 = memsched.input "rsqrt_15" freeable : !memsched.buffer<768>
  %add_76 = memsched.input "add_76" freeable : !memsched.buffer<802816>
  %convolution_14 = memsched.input "convolution_14" freeable : !memsched.buffer<802816>
  %unsqueeze_654 = memsched.input "unsqueeze_654" freeable : !memsched.buffer<128>
  %squeeze_43 = memsched.input "squeeze_43" freeable : !memsched.buffer<128>
  %clamp_max_9 = memsched.input "clamp_max_9" freeable : !memsched.buffer<4816896>
  %convolution_13 = memsched.input "convolution_13" freeable : !memsched.buffer<4816896>
  %getitem_27 = memsched.input "getitem_27" freeable : !memsched.buffer<768>
  %rsqrt_13 = memsched.input "rsqrt_13" freeable : !memsched.buffer<768>
  %clamp_max_8 = memsched.input "clamp_max_8" freeable : !memsched.buffer<4816896>
  %convolution_12 = memsched.input "convolution_12" freeable : !memsched.buffer<4816896>
  %getitem_25 = memsched.input "getitem_25" freeable : !memsched.buffer<768>
  %rsqrt_12 = memsched.input "rsqrt_12" freeable : !memsched.buffer<768>
  %add_60 = memsched.input "add_60" freeable : !memsched.buffer<802816>
  %convolution_11 = memsched.input "convolution_11" freeable : !memsched.buffer<802816>
  %unsqueeze_690 = memsched.input "unsqueeze_690" freeable : !memsched.buffer<128>
  %squeeze_34 = memsched.input "squeeze_34" freeable : !memsched.buffer<128>
  %clamp_max_7 = memsched.input "clamp_max_7" freeable : !memsched.buffer<3612672>
  %convolution_10 = memsched.input "convolution_10" freeable : !memsched.buffer<3612672>
  %getitem_21 = memsched.input "getitem_21" freeable : !memsched.buffer<576>
  %rsqrt_10 = memsched.input "rsqrt_10" freeable : !memsched.buffer<576>
  %clamp_max_6 = memsched.input "clamp_max_6" freeable : !memsched.buffer<14450688>
  %convolution_9 = memsched.input "convolution_9" freeable : !memsched.buffer<14450688>
  %getitem_19 = memsched.input "getitem_19" freeable : !memsched.buffer<576>
  %rsqrt_9 = memsched.input "rsqrt_9" freeable : !memsched.buffer<576>
  %add_45 = memsched.input "add_45" freeable : !memsched.buffer<2408448>
  %convolution_8 = memsched.input "convolution_8" freeable : !memsched.buffer<2408448>
  %unsqueeze_726 = memsched.input "unsqueeze_726" freeable : !memsched.buffer<96>
  %squeeze_25 = memsched.input "squeeze_25" freeable : !memsched.buffer<96>
  %clamp_max_5 = memsched.input "clamp_max_5" freeable : !memsched.buffer<14450688>
  %convolution_7 = memsched.input "convolution_7" freeable : !memsched.buffer<14450688>
  %getitem_15 = memsched.input "getitem_15" freeable : !memsched.buffer<576>
  %rsqrt_7 = memsched.input "rsqrt_7" freeable : !memsched.buffer<576>
  %clamp_max_4 = memsched.input "clamp_max_4" freeable : !memsched.buffer<14450688>
  %convolution_6 = memsched.input "convolution_6" freeable : !memsched.buffer<14450688>
  %getitem_13 = memsched.input "getitem_13" freeable : !memsched.buffer<576>
  %rsqrt_6 = memsched.input "rsqrt_6" freeable : !memsched.buffer<576>
  %add_29 = memsched.input "add_29" freeable : !memsched.buffer<2408448>
  %convolution_5 = memsched.input "convolution_5" freeable : !memsched.buffer<2408448>
  %unsqueeze_762 = memsched.input "unsqueeze_762" freeable : !memsched.buffer<96>
  %squeeze_16 = memsched.input "squeeze_16" freeable : !memsched.buffer<96>
  %clamp_max_3 = memsched.input "clamp_max_3" freeable : !memsched.buffer<9633792>
  %convolution_4 = memsched.input "convolution_4" freeable : !memsched.buffer<9633792>
  %getitem_9 = memsched.input "getitem_9" freeable : !memsched.buffer<384>
  %rsqrt_4 = memsched.input "rsqrt_4" freeable : !memsched.buffer<384>
  %clamp_max_2 = memsched.input "clamp_max_2" freeable : !memsched.buffer<38535168>
  %convolution_3 = memsched.input "convolution_3" freeable : !memsched.buffer<38535168>
  %getitem_7 = memsched.input "getitem_7" freeable : !memsched.buffer<384>
  %rsqrt_3 = memsched.input "rsqrt_3" freeable : !memsched.buffer<384>
  %add_14 = memsched.input "add_14" freeable : !memsched.buffer<6422528>
  %convolution_2 = memsched.input "convolution_2" freeable : !memsched.buffer<6422528>
  %unsqueeze_798 = memsched.input "unsqueeze_798" freeable : !memsched.buffer<64>
  %squeeze_7 = memsched.input "squeeze_7" freeable : !memsched.buffer<64>
  %clamp_max_1 = memsched.input "clamp_max_1" freeable : !memsched.buffer<12845056>
  %convolution_1 = memsched.input "convolution_1" freeable : !memsched.buffer<12845056>
  %getitem_3 = memsched.input "getitem_3" freeable : !memsched.buffer<128>
  %rsqrt_1 = memsched.input "rsqrt_1" freeable : !memsched.buffer<128>
  %clamp_max = memsched.input "clamp_max" freeable : !memsched.buffer<12845056>
  %convolution = memsched.input "convolution" freeable : !memsched.buffer<12845056>
  %getitem_1 = memsched.input "getitem_1" freeable : !memsched.buffer<128>
  %rsqrt = memsched.input "rsqrt" freeable : !memsched.buffer<128>
  %buf0 = memsched.node "op0" -> ("buf0" : !memsched.buffer<40960>)
  %buf1 = memsched.node "op1" (%mul_365 : !memsched.buffer<40960>) -> ("buf1" : !memsched.buffer<5120000>)
  %buf2 = memsched.node "op2" -> ("buf2" : !memsched.buffer<4000>)
  %buf3 = memsched.node "op3" (%convolution_51, %getitem_103, %rsqrt_51 : !memsched.buffer<2007040>, !memsched.buffer<5120>, !memsched.buffer<5120>) -> ("buf3" : !memsched.buffer<2007040>)
  %buf4, %buf6 = memsched.node "op4_op6" (%buf0, %buf3, %convolution_51, %getitem_103, %gt : !memsched.buffer<40960>, !memsched.buffer<2007040>, !memsched.buffer<2007040>, !memsched.buffer<5120>, !memsched.buffer<10240>) -> ("buf4" : !memsched.buffer<20480>, "buf6" : !memsched.buffer<20480>)
  %buf5 = memsched.node "op5" (%buf4 : !memsched.buffer<20480>) -> ("buf5" : !memsched.buffer<5120>)
  %buf7, %buf9 = memsched.node "op7_op9" (%buf6, %rsqrt_51 : !memsched.buffer<20480>, !memsched.buffer<5120>) -> ("buf7" : !memsched.buffer<5120>, "buf9" : !memsched.buffer<5120>)
  %buf8 = memsched.node "op8" (%buf0, %buf3, %buf5, %buf7, %convolution_51, %getitem_103, %rsqrt_51, %gt : !memsched.buffer<40960>, !memsched.buffer<2007040>, !memsched.buffer<5120>, !memsched.buffer<5120>, !memsched.buffer<2007040>, !memsched.buffer<5120>, !memsched.buffer<5120>, !memsched.buffer<10240>) -> ("buf8" : !memsched.buffer<2007040>)
  %buf10 = memsched.node "op10" (%buf8, %add_264 : !memsched.buffer<2007040>, !memsched.buffer<501760>) -> ("buf10" : !memsched.buffer<0> {size_alloc = 2140160})
  %buf11 = memsched.node "op11" (%buf10 : !memsched.buffer<0>) -> ("buf11" : !memsched.buffer<501760> {size_alloc = 0})
  %buf12 = memsched.node "op12" (%buf10 : !memsched.buffer<0>) -> ("buf12" : !memsched.buffer<1638400> {size_alloc = 0})
  %buf13, %buf15 = memsched.node "op13_op15" (%buf11, %convolution_50, %unsqueeze_222 : !memsched.buffer<501760>, !memsched.buffer<501760>, !memsched.buffer<1280>) -> ("buf13" : !memsched.buffer<5120>, "buf15" : !memsched.buffer<5120>)
  %buf14 = memsched.node "op14" (%buf13 : !memsched.buffer<5120>) -> ("buf14" : !memsched.buffer<1280>)
  %buf16, %buf17 = memsched.node "op16_op17" (%buf15, %squeeze_151 : !memsched.buffer<5120>, !memsched.buffer<1280>) -> ("buf16" : !memsched.buffer<1280>, "buf17" : !memsched.buffer<1280>)
  %buf18 = memsched.node "op18" (%buf11, %buf14, %buf16, %convolution_50, %unsqueeze_222, %squeeze_151 : !memsched.buffer<501760>, !memsched.buffer<1280>, !memsched.buffer<1280>, !memsched.buffer<501760>, !memsched.buffer<1280>, !memsched.buffer<1280>) -> ("buf18" : !memsched.buffer<501760>)
  %buf19 = memsched.node "op19" (%buf18, %clamp_max_33 : !memsched.buffer<501760>, !memsched.buffer<1505280>) -> ("buf19" : !memsched.buffer<0> {size_alloc = 2734080})
  %buf20 = memsched.node "op20" (%buf19 : !memsched.buffer<0>) -> ("buf20" : !memsched.buffer<1505280> {size_alloc = 0})
  %buf21 = memsched.node "op21" (%buf19 : !memsched.buffer<0>) -> ("buf21" : !memsched.buffer<1228800> {size_alloc = 0})
  %buf22 = memsched.node "op22" (%convolution_49, %getitem_99, %rsqrt_49 : !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf22" : !memsched.buffer<1505280>)
  %buf23, %buf25 = memsched.node "op23_op25" (%buf20, %buf22, %convolution_49, %getitem_99 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>) -> ("buf23" : !memsched.buffer<15360>, "buf25" : !memsched.buffer<15360>)
  %buf24 = memsched.node "op24" (%buf23 : !memsched.buffer<15360>) -> ("buf24" : !memsched.buffer<3840>)
  %buf26, %buf27 = memsched.node "op26_op27" (%buf25, %rsqrt_49 : !memsched.buffer<15360>, !memsched.buffer<3840>) -> ("buf26" : !memsched.buffer<3840>, "buf27" : !memsched.buffer<3840>)
  %buf28 = memsched.node "op28" (%buf20, %buf22, %buf24, %buf26, %convolution_49, %getitem_99, %rsqrt_49 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf28" : !memsched.buffer<1505280>)
  %buf29 = memsched.node "op29" (%buf28, %clamp_max_32 : !memsched.buffer<1505280>, !memsched.buffer<1505280>) -> ("buf29" : !memsched.buffer<0> {size_alloc = 1539840})
  %buf30 = memsched.node "op30" (%buf29 : !memsched.buffer<0>) -> ("buf30" : !memsched.buffer<1505280> {size_alloc = 0})
  %buf31 = memsched.node "op31" (%buf29 : !memsched.buffer<0>) -> ("buf31" : !memsched.buffer<34560> {size_alloc = 0})
  %buf32 = memsched.node "op32" (%convolution_48, %getitem_97, %rsqrt_48 : !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf32" : !memsched.buffer<1505280>)
  %buf33, %buf35 = memsched.node "op33_op35" (%buf30, %buf32, %convolution_48, %getitem_97 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>) -> ("buf33" : !memsched.buffer<15360>, "buf35" : !memsched.buffer<15360>)
  %buf34 = memsched.node "op34" (%buf33 : !memsched.buffer<15360>) -> ("buf34" : !memsched.buffer<3840>)
  %buf36, %buf37 = memsched.node "op36_op37" (%buf35, %rsqrt_48 : !memsched.buffer<15360>, !memsched.buffer<3840>) -> ("buf36" : !memsched.buffer<3840>, "buf37" : !memsched.buffer<3840>)
  %buf38 = memsched.node "op38" (%buf30, %buf32, %buf34, %buf36, %convolution_48, %getitem_97, %rsqrt_48 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf38" : !memsched.buffer<1505280>)
  %buf39 = memsched.node "op39" (%buf38, %add_249 : !memsched.buffer<1505280>, !memsched.buffer<250880>) -> ("buf39" : !memsched.buffer<0> {size_alloc = 865280})
  %buf40 = memsched.node "op40" (%buf39 : !memsched.buffer<0>) -> ("buf40" : !memsched.buffer<250880> {size_alloc = 0})
  %buf41 = memsched.node "op41" (%buf39 : !memsched.buffer<0>) -> ("buf41" : !memsched.buffer<614400> {size_alloc = 0})
  %buf42, %buf44 = memsched.node "op42_op44" (%buf40, %convolution_47, %unsqueeze_258 : !memsched.buffer<250880>, !memsched.buffer<250880>, !memsched.buffer<640>) -> ("buf42" : !memsched.buffer<2560>, "buf44" : !memsched.buffer<2560>)
  %buf43 = memsched.node "op43" (%buf42 : !memsched.buffer<2560>) -> ("buf43" : !memsched.buffer<640>)
  %buf45, %buf46 = memsched.node "op45_op46" (%buf44, %squeeze_142 : !memsched.buffer<2560>, !memsched.buffer<640>) -> ("buf45" : !memsched.buffer<640>, "buf46" : !memsched.buffer<640>)
  %buf47 = memsched.node "op47" (%buf40, %buf43, %buf45, %convolution_47, %unsqueeze_258, %squeeze_142 : !memsched.buffer<250880>, !memsched.buffer<640>, !memsched.buffer<640>, !memsched.buffer<250880>, !memsched.buffer<640>, !memsched.buffer<640>) -> ("buf47" : !memsched.buffer<250880>)
  %buf48 = memsched.node "op48" (%buf47, %clamp_max_31 : !memsched.buffer<250880>, !memsched.buffer<1505280>) -> ("buf48" : !memsched.buffer<0> {size_alloc = 2119680})
  %buf49 = memsched.node "op49" (%buf48 : !memsched.buffer<0>) -> ("buf49" : !memsched.buffer<1505280> {size_alloc = 0})
  %buf50 = memsched.node "op50" (%buf48 : !memsched.buffer<0>) -> ("buf50" : !memsched.buffer<614400> {size_alloc = 0})
  %buf51 = memsched.node "op51" (%convolution_46, %getitem_93, %rsqrt_46 : !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf51" : !memsched.buffer<1505280>)
  %buf52, %buf54 = memsched.node "op52_op54" (%buf49, %buf51, %convolution_46, %getitem_93 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>) -> ("buf52" : !memsched.buffer<15360>, "buf54" : !memsched.buffer<15360>)
  %buf53 = memsched.node "op53" (%buf52 : !memsched.buffer<15360>) -> ("buf53" : !memsched.buffer<3840>)
  %buf55, %buf56 = memsched.node "op55_op56" (%buf54, %rsqrt_46 : !memsched.buffer<15360>, !memsched.buffer<3840>) -> ("buf55" : !memsched.buffer<3840>, "buf56" : !memsched.buffer<3840>)
  %buf57 = memsched.node "op57" (%buf49, %buf51, %buf53, %buf55, %convolution_46, %getitem_93, %rsqrt_46 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf57" : !memsched.buffer<1505280>)
  %buf58 = memsched.node "op58" (%buf57, %clamp_max_30 : !memsched.buffer<1505280>, !memsched.buffer<1505280>) -> ("buf58" : !memsched.buffer<0> {size_alloc = 1539840})
  %buf59 = memsched.node "op59" (%buf58 : !memsched.buffer<0>) -> ("buf59" : !memsched.buffer<1505280> {size_alloc = 0})
  %buf60 = memsched.node "op60" (%buf58 : !memsched.buffer<0>) -> ("buf60" : !memsched.buffer<34560> {size_alloc = 0})
  %buf61 = memsched.node "op61" (%convolution_45, %getitem_91, %rsqrt_45 : !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf61" : !memsched.buffer<1505280>)
  %buf62, %buf64 = memsched.node "op62_op64" (%buf59, %buf61, %convolution_45, %getitem_91 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>) -> ("buf62" : !memsched.buffer<15360>, "buf64" : !memsched.buffer<15360>)
  %buf63 = memsched.node "op63" (%buf62 : !memsched.buffer<15360>) -> ("buf63" : !memsched.buffer<3840>)
  %buf65, %buf66 = memsched.node "op65_op66" (%buf64, %rsqrt_45 : !memsched.buffer<15360>, !memsched.buffer<3840>) -> ("buf65" : !memsched.buffer<3840>, "buf66" : !memsched.buffer<3840>)
  %buf67 = memsched.node "op67" (%buf59, %buf61, %buf63, %buf65, %convolution_45, %getitem_91, %rsqrt_45 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf67" : !memsched.buffer<1505280>)
  %buf68 = memsched.node "op68" (%buf67, %add_233 : !memsched.buffer<1505280>, !memsched.buffer<250880>) -> ("buf68" : !memsched.buffer<0> {size_alloc = 865280})
  %buf69 = memsched.node "op69" (%buf68 : !memsched.buffer<0>) -> ("buf69" : !memsched.buffer<250880> {size_alloc = 0})
  %buf70 = memsched.node "op70" (%buf68 : !memsched.buffer<0>) -> ("buf70" : !memsched.buffer<614400> {size_alloc = 0})
  %buf71, %buf73 = memsched.node "op71_op73" (%buf40, %buf69, %convolution_44, %unsqueeze_294 : !memsched.buffer<250880>, !memsched.buffer<250880>, !memsched.buffer<250880>, !memsched.buffer<640>) -> ("buf71" : !memsched.buffer<2560>, "buf73" : !memsched.buffer<2560>)
  %buf72 = memsched.node "op72" (%buf71 : !memsched.buffer<2560>) -> ("buf72" : !memsched.buffer<640>)
  %buf74, %buf75 = memsched.node "op74_op75" (%buf73, %squeeze_133 : !memsched.buffer<2560>, !memsched.buffer<640>) -> ("buf74" : !memsched.buffer<640>, "buf75" : !memsched.buffer<640>)
  %buf76 = memsched.node "op76" (%buf40, %buf69, %buf72, %buf74, %convolution_44, %unsqueeze_294, %squeeze_133 : !memsched.buffer<250880>, !memsched.buffer<250880>, !memsched.buffer<640>, !memsched.buffer<640>, !memsched.buffer<250880>, !memsched.buffer<640>, !memsched.buffer<640>) -> ("buf76" : !memsched.buffer<250880>)
  %buf77 = memsched.node "op77" (%buf76, %clamp_max_29 : !memsched.buffer<250880>, !memsched.buffer<1505280>) -> ("buf77" : !memsched.buffer<0> {size_alloc = 2119680})
  %buf78 = memsched.node "op78" (%buf77 : !memsched.buffer<0>) -> ("buf78" : !memsched.buffer<1505280> {size_alloc = 0})
  %buf79 = memsched.node "op79" (%buf77 : !memsched.buffer<0>) -> ("buf79" : !memsched.buffer<614400> {size_alloc = 0})
  %buf80 = memsched.node "op80" (%convolution_43, %getitem_87, %rsqrt_43 : !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf80" : !memsched.buffer<1505280>)
  %buf81, %buf83 = memsched.node "op81_op83" (%buf78, %buf80, %convolution_43, %getitem_87 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>) -> ("buf81" : !memsched.buffer<15360>, "buf83" : !memsched.buffer<15360>)
  %buf82 = memsched.node "op82" (%buf81 : !memsched.buffer<15360>) -> ("buf82" : !memsched.buffer<3840>)
  %buf84, %buf85 = memsched.node "op84_op85" (%buf83, %rsqrt_43 : !memsched.buffer<15360>, !memsched.buffer<3840>) -> ("buf84" : !memsched.buffer<3840>, "buf85" : !memsched.buffer<3840>)
  %buf86 = memsched.node "op86" (%buf78, %buf80, %buf82, %buf84, %convolution_43, %getitem_87, %rsqrt_43 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf86" : !memsched.buffer<1505280>)
  %buf87 = memsched.node "op87" (%buf86, %clamp_max_28 : !memsched.buffer<1505280>, !memsched.buffer<1505280>) -> ("buf87" : !memsched.buffer<0> {size_alloc = 1539840})
  %buf88 = memsched.node "op88" (%buf87 : !memsched.buffer<0>) -> ("buf88" : !memsched.buffer<1505280> {size_alloc = 0})
  %buf89 = memsched.node "op89" (%buf87 : !memsched.buffer<0>) -> ("buf89" : !memsched.buffer<34560> {size_alloc = 0})
  %buf90 = memsched.node "op90" (%convolution_42, %getitem_85, %rsqrt_42 : !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf90" : !memsched.buffer<1505280>)
  %buf91, %buf93 = memsched.node "op91_op93" (%buf88, %buf90, %convolution_42, %getitem_85 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>) -> ("buf91" : !memsched.buffer<15360>, "buf93" : !memsched.buffer<15360>)
  %buf92 = memsched.node "op92" (%buf91 : !memsched.buffer<15360>) -> ("buf92" : !memsched.buffer<3840>)
  %buf94, %buf95 = memsched.node "op94_op95" (%buf93, %rsqrt_42 : !memsched.buffer<15360>, !memsched.buffer<3840>) -> ("buf94" : !memsched.buffer<3840>, "buf95" : !memsched.buffer<3840>)
  %buf96 = memsched.node "op96" (%buf88, %buf90, %buf92, %buf94, %convolution_42, %getitem_85, %rsqrt_42 : !memsched.buffer<1505280>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<1505280>, !memsched.buffer<3840>, !memsched.buffer<3840>) -> ("buf96" : !memsched.buffer<1505280>)
  %buf97 = memsched.node "op97" (%buf96, %add_217 : !memsched.buffer<1505280>, !memsched.buffer<250880>) -> ("buf97" : !memsched.buffer<0> {size_alloc = 865280})
  %buf98 = memsched.node "op98" (%buf97 : !memsched.buffer<0>) -> ("buf98" : !memsched.buffer<250880> {size_alloc = 0})
  %buf99 = memsched.node "op99" (%buf97 : !memsched.buffer<0>) -> ("buf99" : !memsched.buffer<614400> {size_alloc = 0})
  %buf100, %buf102 = memsched.node "op100_op102" (%buf40, %buf69, %buf98, %convolution_41, %unsqueeze_330 : !memsched.buffer<250880>, !memsched.buffer<250880>, !memsched.buffer<250880>, !memsched.buffer<250880>, !memsched.buffer<640>) -> ("buf100" : !memsched.buffer<2560>, "buf102" : !memsched.buffer<2560>)
  %buf101 = memsched.node "op101" (%buf100 : !memsched.buffer<2560>) -> ("buf101" : !memsched.buffer<640>)
  %buf103, %buf105 = memsched.node "op103_op105" (%buf102, %squeeze_124 : !memsched.buffer<2560>, !memsched.buffer<640>) -> ("buf103" : !memsched.buffer<640>, "buf105" : !memsched.buffer<640>)
  %buf104 = memsched.node "op104" (%buf40, %buf69, %buf98, %buf101, %buf103, %convolution_41, %unsqueeze_330, %squeeze_124 : !memsched.buffer<250880>, !memsched.buffer<250880>, !memsched.buffer<250880>, !memsched.buffer<640>, !memsched.buffer<640>, !memsched.buffer<250880>, !memsched.buffer<640>, !memsched.buffer<640>) -> ("buf104" : !memsched.buffer<250880>)
  %buf106 = memsched.node "op106" (%buf104, %clamp_max_27 : !memsched.buffer<250880>, !memsched.buffer<903168>) -> ("buf106" : !memsched.buffer<0> {size_alloc = 1271808})
  %buf107 = memsched.node "op107" (%buf106 : !memsched.buffer<0>) -> ("buf107" : !memsched.buffer<903168> {size_alloc = 0})
  %buf108 = memsched.node "op108" (%buf106 : !memsched.buffer<0>) -> ("buf108" : !memsched.buffer<368640> {size_alloc = 0})
  %buf109 = memsched.node "op109" (%convolution_40, %getitem_81, %rsqrt_40 : !memsched.buffer<903168>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf109" : !memsched.buffer<903168>)
  %buf110, %buf112 = memsched.node "op110_op112" (%buf107, %buf109, %convolution_40, %getitem_81 : !memsched.buffer<903168>, !memsched.buffer<903168>, !memsched.buffer<903168>, !memsched.buffer<2304>) -> ("buf110" : !memsched.buffer<9216>, "buf112" : !memsched.buffer<9216>)
  %buf111 = memsched.node "op111" (%buf110 : !memsched.buffer<9216>) -> ("buf111" : !memsched.buffer<2304>)
  %buf113, %buf114 = memsched.node "op113_op114" (%buf112, %rsqrt_40 : !memsched.buffer<9216>, !memsched.buffer<2304>) -> ("buf113" : !memsched.buffer<2304>, "buf114" : !memsched.buffer<2304>)
  %buf115 = memsched.node "op115" (%buf107, %buf109, %buf111, %buf113, %convolution_40, %getitem_81, %rsqrt_40 : !memsched.buffer<903168>, !memsched.buffer<903168>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<903168>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf115" : !memsched.buffer<903168>)
  %buf116 = memsched.node "op116" (%buf115, %clamp_max_26 : !memsched.buffer<903168>, !memsched.buffer<3612672>) -> ("buf116" : !memsched.buffer<0> {size_alloc = 3633408})
  %buf117 = memsched.node "op117" (%buf116 : !memsched.buffer<0>) -> ("buf117" : !memsched.buffer<3612672> {size_alloc = 0})
  %buf118 = memsched.node "op118" (%buf116 : !memsched.buffer<0>) -> ("buf118" : !memsched.buffer<20736> {size_alloc = 0})
  %buf119 = memsched.node "op119" (%convolution_39, %getitem_79, %rsqrt_39 : !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf119" : !memsched.buffer<3612672>)
  %buf120, %buf122 = memsched.node "op120_op122" (%buf117, %buf119, %convolution_39, %getitem_79 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<2304>) -> ("buf120" : !memsched.buffer<29952>, "buf122" : !memsched.buffer<29952>)
  %buf121 = memsched.node "op121" (%buf120 : !memsched.buffer<29952>) -> ("buf121" : !memsched.buffer<2304>)
  %buf123, %buf124 = memsched.node "op123_op124" (%buf122, %rsqrt_39 : !memsched.buffer<29952>, !memsched.buffer<2304>) -> ("buf123" : !memsched.buffer<2304>, "buf124" : !memsched.buffer<2304>)
  %buf125 = memsched.node "op125" (%buf117, %buf119, %buf121, %buf123, %convolution_39, %getitem_79, %rsqrt_39 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf125" : !memsched.buffer<3612672>)
  %buf126 = memsched.node "op126" (%buf125, %add_202 : !memsched.buffer<3612672>, !memsched.buffer<602112>) -> ("buf126" : !memsched.buffer<0> {size_alloc = 823296})
  %buf127 = memsched.node "op127" (%buf126 : !memsched.buffer<0>) -> ("buf127" : !memsched.buffer<602112> {size_alloc = 0})
  %buf128 = memsched.node "op128" (%buf126 : !memsched.buffer<0>) -> ("buf128" : !memsched.buffer<221184> {size_alloc = 0})
  %buf129, %buf131 = memsched.node "op129_op131" (%buf127, %convolution_38, %unsqueeze_366 : !memsched.buffer<602112>, !memsched.buffer<602112>, !memsched.buffer<384>) -> ("buf129" : !memsched.buffer<4992>, "buf131" : !memsched.buffer<4992>)
  %buf130 = memsched.node "op130" (%buf129 : !memsched.buffer<4992>) -> ("buf130" : !memsched.buffer<384>)
  %buf132, %buf133 = memsched.node "op132_op133" (%buf131, %squeeze_115 : !memsched.buffer<4992>, !memsched.buffer<384>) -> ("buf132" : !memsched.buffer<384>, "buf133" : !memsched.buffer<384>)
  %buf134 = memsched.node "op134" (%buf127, %buf130, %buf132, %convolution_38, %unsqueeze_366, %squeeze_115 : !memsched.buffer<602112>, !memsched.buffer<384>, !memsched.buffer<384>, !memsched.buffer<602112>, !memsched.buffer<384>, !memsched.buffer<384>) -> ("buf134" : !memsched.buffer<602112>)
  %buf135 = memsched.node "op135" (%buf134, %clamp_max_25 : !memsched.buffer<602112>, !memsched.buffer<3612672>) -> ("buf135" : !memsched.buffer<0> {size_alloc = 3833856})
  %buf136 = memsched.node "op136" (%buf135 : !memsched.buffer<0>) -> ("buf136" : !memsched.buffer<3612672> {size_alloc = 0})
  %buf137 = memsched.node "op137" (%buf135 : !memsched.buffer<0>) -> ("buf137" : !memsched.buffer<221184> {size_alloc = 0})
  %buf138 = memsched.node "op138" (%convolution_37, %getitem_75, %rsqrt_37 : !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf138" : !memsched.buffer<3612672>)
  %buf139, %buf141 = memsched.node "op139_op141" (%buf136, %buf138, %convolution_37, %getitem_75 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<2304>) -> ("buf139" : !memsched.buffer<29952>, "buf141" : !memsched.buffer<29952>)
  %buf140 = memsched.node "op140" (%buf139 : !memsched.buffer<29952>) -> ("buf140" : !memsched.buffer<2304>)
  %buf142, %buf143 = memsched.node "op142_op143" (%buf141, %rsqrt_37 : !memsched.buffer<29952>, !memsched.buffer<2304>) -> ("buf142" : !memsched.buffer<2304>, "buf143" : !memsched.buffer<2304>)
  %buf144 = memsched.node "op144" (%buf136, %buf138, %buf140, %buf142, %convolution_37, %getitem_75, %rsqrt_37 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf144" : !memsched.buffer<3612672>)
  %buf145 = memsched.node "op145" (%buf144, %clamp_max_24 : !memsched.buffer<3612672>, !memsched.buffer<3612672>) -> ("buf145" : !memsched.buffer<0> {size_alloc = 3633408})
  %buf146 = memsched.node "op146" (%buf145 : !memsched.buffer<0>) -> ("buf146" : !memsched.buffer<3612672> {size_alloc = 0})
  %buf147 = memsched.node "op147" (%buf145 : !memsched.buffer<0>) -> ("buf147" : !memsched.buffer<20736> {size_alloc = 0})
  %buf148 = memsched.node "op148" (%convolution_36, %getitem_73, %rsqrt_36 : !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf148" : !memsched.buffer<3612672>)
  %buf149, %buf151 = memsched.node "op149_op151" (%buf146, %buf148, %convolution_36, %getitem_73 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<2304>) -> ("buf149" : !memsched.buffer<29952>, "buf151" : !memsched.buffer<29952>)
  %buf150 = memsched.node "op150" (%buf149 : !memsched.buffer<29952>) -> ("buf150" : !memsched.buffer<2304>)
  %buf152, %buf153 = memsched.node "op152_op153" (%buf151, %rsqrt_36 : !memsched.buffer<29952>, !memsched.buffer<2304>) -> ("buf152" : !memsched.buffer<2304>, "buf153" : !memsched.buffer<2304>)
  %buf154 = memsched.node "op154" (%buf146, %buf148, %buf150, %buf152, %convolution_36, %getitem_73, %rsqrt_36 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf154" : !memsched.buffer<3612672>)
  %buf155 = memsched.node "op155" (%buf154, %add_186 : !memsched.buffer<3612672>, !memsched.buffer<602112>) -> ("buf155" : !memsched.buffer<0> {size_alloc = 823296})
  %buf156 = memsched.node "op156" (%buf155 : !memsched.buffer<0>) -> ("buf156" : !memsched.buffer<602112> {size_alloc = 0})
  %buf157 = memsched.node "op157" (%buf155 : !memsched.buffer<0>) -> ("buf157" : !memsched.buffer<221184> {size_alloc = 0})
  %buf158, %buf160 = memsched.node "op158_op160" (%buf127, %buf156, %convolution_35, %unsqueeze_402 : !memsched.buffer<602112>, !memsched.buffer<602112>, !memsched.buffer<602112>, !memsched.buffer<384>) -> ("buf158" : !memsched.buffer<4992>, "buf160" : !memsched.buffer<4992>)
  %buf159 = memsched.node "op159" (%buf158 : !memsched.buffer<4992>) -> ("buf159" : !memsched.buffer<384>)
  %buf161, %buf162 = memsched.node "op161_op162" (%buf160, %squeeze_106 : !memsched.buffer<4992>, !memsched.buffer<384>) -> ("buf161" : !memsched.buffer<384>, "buf162" : !memsched.buffer<384>)
  %buf163 = memsched.node "op163" (%buf127, %buf156, %buf159, %buf161, %convolution_35, %unsqueeze_402, %squeeze_106 : !memsched.buffer<602112>, !memsched.buffer<602112>, !memsched.buffer<384>, !memsched.buffer<384>, !memsched.buffer<602112>, !memsched.buffer<384>, !memsched.buffer<384>) -> ("buf163" : !memsched.buffer<602112>)
  %buf164 = memsched.node "op164" (%buf163, %clamp_max_23 : !memsched.buffer<602112>, !memsched.buffer<3612672>) -> ("buf164" : !memsched.buffer<0> {size_alloc = 3833856})
  %buf165 = memsched.node "op165" (%buf164 : !memsched.buffer<0>) -> ("buf165" : !memsched.buffer<3612672> {size_alloc = 0})
  %buf166 = memsched.node "op166" (%buf164 : !memsched.buffer<0>) -> ("buf166" : !memsched.buffer<221184> {size_alloc = 0})
  %buf167 = memsched.node "op167" (%convolution_34, %getitem_69, %rsqrt_34 : !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf167" : !memsched.buffer<3612672>)
  %buf168, %buf170 = memsched.node "op168_op170" (%buf165, %buf167, %convolution_34, %getitem_69 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<2304>) -> ("buf168" : !memsched.buffer<29952>, "buf170" : !memsched.buffer<29952>)
  %buf169 = memsched.node "op169" (%buf168 : !memsched.buffer<29952>) -> ("buf169" : !memsched.buffer<2304>)
  %buf171, %buf172 = memsched.node "op171_op172" (%buf170, %rsqrt_34 : !memsched.buffer<29952>, !memsched.buffer<2304>) -> ("buf171" : !memsched.buffer<2304>, "buf172" : !memsched.buffer<2304>)
  %buf173 = memsched.node "op173" (%buf165, %buf167, %buf169, %buf171, %convolution_34, %getitem_69, %rsqrt_34 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf173" : !memsched.buffer<3612672>)
  %buf174 = memsched.node "op174" (%buf173, %clamp_max_22 : !memsched.buffer<3612672>, !memsched.buffer<3612672>) -> ("buf174" : !memsched.buffer<0> {size_alloc = 3633408})
  %buf175 = memsched.node "op175" (%buf174 : !memsched.buffer<0>) -> ("buf175" : !memsched.buffer<3612672> {size_alloc = 0})
  %buf176 = memsched.node "op176" (%buf174 : !memsched.buffer<0>) -> ("buf176" : !memsched.buffer<20736> {size_alloc = 0})
  %buf177 = memsched.node "op177" (%convolution_33, %getitem_67, %rsqrt_33 : !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf177" : !memsched.buffer<3612672>)
  %buf178, %buf180 = memsched.node "op178_op180" (%buf175, %buf177, %convolution_33, %getitem_67 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<2304>) -> ("buf178" : !memsched.buffer<29952>, "buf180" : !memsched.buffer<29952>)
  %buf179 = memsched.node "op179" (%buf178 : !memsched.buffer<29952>) -> ("buf179" : !memsched.buffer<2304>)
  %buf181, %buf182 = memsched.node "op181_op182" (%buf180, %rsqrt_33 : !memsched.buffer<29952>, !memsched.buffer<2304>) -> ("buf181" : !memsched.buffer<2304>, "buf182" : !memsched.buffer<2304>)
  %buf183 = memsched.node "op183" (%buf175, %buf177, %buf179, %buf181, %convolution_33, %getitem_67, %rsqrt_33 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<3612672>, !memsched.buffer<2304>, !memsched.buffer<2304>) -> ("buf183" : !memsched.buffer<3612672>)
  %buf184 = memsched.node "op184" (%buf183, %add_170 : !memsched.buffer<3612672>, !memsched.buffer<602112>) -> ("buf184" : !memsched.buffer<0> {size_alloc = 823296})
  %buf185 = memsched.node "op185" (%buf184 : !memsched.buffer<0>) -> ("buf185" : !memsched.buffer<602112> {size_alloc = 0})
  %buf186 = memsched.node "op186" (%buf184 : !memsched.buffer<0>) -> ("buf186" : !memsched.buffer<221184> {size_alloc = 0})
  %buf187, %buf189 = memsched.node "op187_op189" (%buf127, %buf156, %buf185, %convolution_32, %unsqueeze_438 : !memsched.buffer<602112>, !memsched.buffer<602112>, !memsched.buffer<602112>, !memsched.buffer<602112>, !memsched.buffer<384>) -> ("buf187" : !memsched.buffer<4992>, "buf189" : !memsched.buffer<4992>)
  %buf188 = memsched.node "op188" (%buf187 : !memsched.buffer<4992>) -> ("buf188" : !memsched.buffer<384>)
  %buf190, %buf192 = memsched.node "op190_op192" (%buf189, %squeeze_97 : !memsched.buffer<4992>, !memsched.buffer<384>) -> ("buf190" : !memsched.buffer<384>, "buf192" : !memsched.buffer<384>)
  %buf191 = memsched.node "op191" (%buf127, %buf156, %buf185, %buf188, %buf190, %convolution_32, %unsqueeze_438, %squeeze_97 : !memsched.buffer<602112>, !memsched.buffer<602112>, !memsched.buffer<602112>, !memsched.buffer<384>, !memsched.buffer<384>, !memsched.buffer<602112>, !memsched.buffer<384>, !memsched.buffer<384>) -> ("buf191" : !memsched.buffer<602112>)
  %buf193 = memsched.node "op193" (%buf191, %clamp_max_21 : !memsched.buffer<602112>, !memsched.buffer<2408448>) -> ("buf193" : !memsched.buffer<0> {size_alloc = 2555904})
  %buf194 = memsched.node "op194" (%buf193 : !memsched.buffer<0>) -> ("buf194" : !memsched.buffer<2408448> {size_alloc = 0})
  %buf195 = memsched.node "op195" (%buf193 : !memsched.buffer<0>) -> ("buf195" : !memsched.buffer<147456> {size_alloc = 0})
  %buf196 = memsched.node "op196" (%convolution_31, %getitem_63, %rsqrt_31 : !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf196" : !memsched.buffer<2408448>)
  %buf197, %buf199 = memsched.node "op197_op199" (%buf194, %buf196, %convolution_31, %getitem_63 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>) -> ("buf197" : !memsched.buffer<19968>, "buf199" : !memsched.buffer<19968>)
  %buf198 = memsched.node "op198" (%buf197 : !memsched.buffer<19968>) -> ("buf198" : !memsched.buffer<1536>)
  %buf200, %buf201 = memsched.node "op200_op201" (%buf199, %rsqrt_31 : !memsched.buffer<19968>, !memsched.buffer<1536>) -> ("buf200" : !memsched.buffer<1536>, "buf201" : !memsched.buffer<1536>)
  %buf202 = memsched.node "op202" (%buf194, %buf196, %buf198, %buf200, %convolution_31, %getitem_63, %rsqrt_31 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf202" : !memsched.buffer<2408448>)
  %buf203 = memsched.node "op203" (%buf202, %clamp_max_20 : !memsched.buffer<2408448>, !memsched.buffer<2408448>) -> ("buf203" : !memsched.buffer<0> {size_alloc = 2422272})
  %buf204 = memsched.node "op204" (%buf203 : !memsched.buffer<0>) -> ("buf204" : !memsched.buffer<2408448> {size_alloc = 0})
  %buf205 = memsched.node "op205" (%buf203 : !memsched.buffer<0>) -> ("buf205" : !memsched.buffer<13824> {size_alloc = 0})
  %buf206 = memsched.node "op206" (%convolution_30, %getitem_61, %rsqrt_30 : !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf206" : !memsched.buffer<2408448>)
  %buf207, %buf209 = memsched.node "op207_op209" (%buf204, %buf206, %convolution_30, %getitem_61 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>) -> ("buf207" : !memsched.buffer<19968>, "buf209" : !memsched.buffer<19968>)
  %buf208 = memsched.node "op208" (%buf207 : !memsched.buffer<19968>) -> ("buf208" : !memsched.buffer<1536>)
  %buf210, %buf211 = memsched.node "op210_op211" (%buf209, %rsqrt_30 : !memsched.buffer<19968>, !memsched.buffer<1536>) -> ("buf210" : !memsched.buffer<1536>, "buf211" : !memsched.buffer<1536>)
  %buf212 = memsched.node "op212" (%buf204, %buf206, %buf208, %buf210, %convolution_30, %getitem_61, %rsqrt_30 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf212" : !memsched.buffer<2408448>)
  %buf213 = memsched.node "op213" (%buf212, %add_155 : !memsched.buffer<2408448>, !memsched.buffer<401408>) -> ("buf213" : !memsched.buffer<0> {size_alloc = 499712})
  %buf214 = memsched.node "op214" (%buf213 : !memsched.buffer<0>) -> ("buf214" : !memsched.buffer<401408> {size_alloc = 0})
  %buf215 = memsched.node "op215" (%buf213 : !memsched.buffer<0>) -> ("buf215" : !memsched.buffer<98304> {size_alloc = 0})
  %buf216, %buf218 = memsched.node "op216_op218" (%buf214, %convolution_29, %unsqueeze_474 : !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<256>) -> ("buf216" : !memsched.buffer<3328>, "buf218" : !memsched.buffer<3328>)
  %buf217 = memsched.node "op217" (%buf216 : !memsched.buffer<3328>) -> ("buf217" : !memsched.buffer<256>)
  %buf219, %buf220 = memsched.node "op219_op220" (%buf218, %squeeze_88 : !memsched.buffer<3328>, !memsched.buffer<256>) -> ("buf219" : !memsched.buffer<256>, "buf220" : !memsched.buffer<256>)
  %buf221 = memsched.node "op221" (%buf214, %buf217, %buf219, %convolution_29, %unsqueeze_474, %squeeze_88 : !memsched.buffer<401408>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<401408>, !memsched.buffer<256>, !memsched.buffer<256>) -> ("buf221" : !memsched.buffer<401408>)
  %buf222 = memsched.node "op222" (%buf221, %clamp_max_19 : !memsched.buffer<401408>, !memsched.buffer<2408448>) -> ("buf222" : !memsched.buffer<0> {size_alloc = 2506752})
  %buf223 = memsched.node "op223" (%buf222 : !memsched.buffer<0>) -> ("buf223" : !memsched.buffer<2408448> {size_alloc = 0})
  %buf224 = memsched.node "op224" (%buf222 : !memsched.buffer<0>) -> ("buf224" : !memsched.buffer<98304> {size_alloc = 0})
  %buf225 = memsched.node "op225" (%convolution_28, %getitem_57, %rsqrt_28 : !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf225" : !memsched.buffer<2408448>)
  %buf226, %buf228 = memsched.node "op226_op228" (%buf223, %buf225, %convolution_28, %getitem_57 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>) -> ("buf226" : !memsched.buffer<19968>, "buf228" : !memsched.buffer<19968>)
  %buf227 = memsched.node "op227" (%buf226 : !memsched.buffer<19968>) -> ("buf227" : !memsched.buffer<1536>)
  %buf229, %buf230 = memsched.node "op229_op230" (%buf228, %rsqrt_28 : !memsched.buffer<19968>, !memsched.buffer<1536>) -> ("buf229" : !memsched.buffer<1536>, "buf230" : !memsched.buffer<1536>)
  %buf231 = memsched.node "op231" (%buf223, %buf225, %buf227, %buf229, %convolution_28, %getitem_57, %rsqrt_28 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf231" : !memsched.buffer<2408448>)
  %buf232 = memsched.node "op232" (%buf231, %clamp_max_18 : !memsched.buffer<2408448>, !memsched.buffer<2408448>) -> ("buf232" : !memsched.buffer<0> {size_alloc = 2422272})
  %buf233 = memsched.node "op233" (%buf232 : !memsched.buffer<0>) -> ("buf233" : !memsched.buffer<2408448> {size_alloc = 0})
  %buf234 = memsched.node "op234" (%buf232 : !memsched.buffer<0>) -> ("buf234" : !memsched.buffer<13824> {size_alloc = 0})
  %buf235 = memsched.node "op235" (%convolution_27, %getitem_55, %rsqrt_27 : !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf235" : !memsched.buffer<2408448>)
  %buf236, %buf238 = memsched.node "op236_op238" (%buf233, %buf235, %convolution_27, %getitem_55 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>) -> ("buf236" : !memsched.buffer<19968>, "buf238" : !memsched.buffer<19968>)
  %buf237 = memsched.node "op237" (%buf236 : !memsched.buffer<19968>) -> ("buf237" : !memsched.buffer<1536>)
  %buf239, %buf240 = memsched.node "op239_op240" (%buf238, %rsqrt_27 : !memsched.buffer<19968>, !memsched.buffer<1536>) -> ("buf239" : !memsched.buffer<1536>, "buf240" : !memsched.buffer<1536>)
  %buf241 = memsched.node "op241" (%buf233, %buf235, %buf237, %buf239, %convolution_27, %getitem_55, %rsqrt_27 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf241" : !memsched.buffer<2408448>)
  %buf242 = memsched.node "op242" (%buf241, %add_139 : !memsched.buffer<2408448>, !memsched.buffer<401408>) -> ("buf242" : !memsched.buffer<0> {size_alloc = 499712})
  %buf243 = memsched.node "op243" (%buf242 : !memsched.buffer<0>) -> ("buf243" : !memsched.buffer<401408> {size_alloc = 0})
  %buf244 = memsched.node "op244" (%buf242 : !memsched.buffer<0>) -> ("buf244" : !memsched.buffer<98304> {size_alloc = 0})
  %buf245, %buf247 = memsched.node "op245_op247" (%buf214, %buf243, %convolution_26, %unsqueeze_510 : !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<256>) -> ("buf245" : !memsched.buffer<3328>, "buf247" : !memsched.buffer<3328>)
  %buf246 = memsched.node "op246" (%buf245 : !memsched.buffer<3328>) -> ("buf246" : !memsched.buffer<256>)
  %buf248, %buf249 = memsched.node "op248_op249" (%buf247, %squeeze_79 : !memsched.buffer<3328>, !memsched.buffer<256>) -> ("buf248" : !memsched.buffer<256>, "buf249" : !memsched.buffer<256>)
  %buf250 = memsched.node "op250" (%buf214, %buf243, %buf246, %buf248, %convolution_26, %unsqueeze_510, %squeeze_79 : !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<401408>, !memsched.buffer<256>, !memsched.buffer<256>) -> ("buf250" : !memsched.buffer<401408>)
  %buf251 = memsched.node "op251" (%buf250, %clamp_max_17 : !memsched.buffer<401408>, !memsched.buffer<2408448>) -> ("buf251" : !memsched.buffer<0> {size_alloc = 2506752})
  %buf252 = memsched.node "op252" (%buf251 : !memsched.buffer<0>) -> ("buf252" : !memsched.buffer<2408448> {size_alloc = 0})
  %buf253 = memsched.node "op253" (%buf251 : !memsched.buffer<0>) -> ("buf253" : !memsched.buffer<98304> {size_alloc = 0})
  %buf254 = memsched.node "op254" (%convolution_25, %getitem_51, %rsqrt_25 : !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf254" : !memsched.buffer<2408448>)
  %buf255, %buf257 = memsched.node "op255_op257" (%buf252, %buf254, %convolution_25, %getitem_51 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>) -> ("buf255" : !memsched.buffer<19968>, "buf257" : !memsched.buffer<19968>)
  %buf256 = memsched.node "op256" (%buf255 : !memsched.buffer<19968>) -> ("buf256" : !memsched.buffer<1536>)
  %buf258, %buf259 = memsched.node "op258_op259" (%buf257, %rsqrt_25 : !memsched.buffer<19968>, !memsched.buffer<1536>) -> ("buf258" : !memsched.buffer<1536>, "buf259" : !memsched.buffer<1536>)
  %buf260 = memsched.node "op260" (%buf252, %buf254, %buf256, %buf258, %convolution_25, %getitem_51, %rsqrt_25 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf260" : !memsched.buffer<2408448>)
  %buf261 = memsched.node "op261" (%buf260, %clamp_max_16 : !memsched.buffer<2408448>, !memsched.buffer<2408448>) -> ("buf261" : !memsched.buffer<0> {size_alloc = 2422272})
  %buf262 = memsched.node "op262" (%buf261 : !memsched.buffer<0>) -> ("buf262" : !memsched.buffer<2408448> {size_alloc = 0})
  %buf263 = memsched.node "op263" (%buf261 : !memsched.buffer<0>) -> ("buf263" : !memsched.buffer<13824> {size_alloc = 0})
  %buf264 = memsched.node "op264" (%convolution_24, %getitem_49, %rsqrt_24 : !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf264" : !memsched.buffer<2408448>)
  %buf265, %buf267 = memsched.node "op265_op267" (%buf262, %buf264, %convolution_24, %getitem_49 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>) -> ("buf265" : !memsched.buffer<19968>, "buf267" : !memsched.buffer<19968>)
  %buf266 = memsched.node "op266" (%buf265 : !memsched.buffer<19968>) -> ("buf266" : !memsched.buffer<1536>)
  %buf268, %buf269 = memsched.node "op268_op269" (%buf267, %rsqrt_24 : !memsched.buffer<19968>, !memsched.buffer<1536>) -> ("buf268" : !memsched.buffer<1536>, "buf269" : !memsched.buffer<1536>)
  %buf270 = memsched.node "op270" (%buf262, %buf264, %buf266, %buf268, %convolution_24, %getitem_49, %rsqrt_24 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf270" : !memsched.buffer<2408448>)
  %buf271 = memsched.node "op271" (%buf270, %add_123 : !memsched.buffer<2408448>, !memsched.buffer<401408>) -> ("buf271" : !memsched.buffer<0> {size_alloc = 499712})
  %buf272 = memsched.node "op272" (%buf271 : !memsched.buffer<0>) -> ("buf272" : !memsched.buffer<401408> {size_alloc = 0})
  %buf273 = memsched.node "op273" (%buf271 : !memsched.buffer<0>) -> ("buf273" : !memsched.buffer<98304> {size_alloc = 0})
  %buf274, %buf276 = memsched.node "op274_op276" (%buf214, %buf243, %buf272, %convolution_23, %unsqueeze_546 : !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<256>) -> ("buf274" : !memsched.buffer<3328>, "buf276" : !memsched.buffer<3328>)
  %buf275 = memsched.node "op275" (%buf274 : !memsched.buffer<3328>) -> ("buf275" : !memsched.buffer<256>)
  %buf277, %buf279 = memsched.node "op277_op279" (%buf276, %squeeze_70 : !memsched.buffer<3328>, !memsched.buffer<256>) -> ("buf277" : !memsched.buffer<256>, "buf279" : !memsched.buffer<256>)
  %buf278 = memsched.node "op278" (%buf214, %buf243, %buf272, %buf275, %buf277, %convolution_23, %unsqueeze_546, %squeeze_70 : !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<401408>, !memsched.buffer<256>, !memsched.buffer<256>) -> ("buf278" : !memsched.buffer<401408>)
  %buf280 = memsched.node "op280" (%buf278, %clamp_max_15 : !memsched.buffer<401408>, !memsched.buffer<2408448>) -> ("buf280" : !memsched.buffer<0> {size_alloc = 2506752})
  %buf281 = memsched.node "op281" (%buf280 : !memsched.buffer<0>) -> ("buf281" : !memsched.buffer<2408448> {size_alloc = 0})
  %buf282 = memsched.node "op282" (%buf280 : !memsched.buffer<0>) -> ("buf282" : !memsched.buffer<98304> {size_alloc = 0})
  %buf283 = memsched.node "op283" (%convolution_22, %getitem_45, %rsqrt_22 : !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf283" : !memsched.buffer<2408448>)
  %buf284, %buf286 = memsched.node "op284_op286" (%buf281, %buf283, %convolution_22, %getitem_45 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>) -> ("buf284" : !memsched.buffer<19968>, "buf286" : !memsched.buffer<19968>)
  %buf285 = memsched.node "op285" (%buf284 : !memsched.buffer<19968>) -> ("buf285" : !memsched.buffer<1536>)
  %buf287, %buf288 = memsched.node "op287_op288" (%buf286, %rsqrt_22 : !memsched.buffer<19968>, !memsched.buffer<1536>) -> ("buf287" : !memsched.buffer<1536>, "buf288" : !memsched.buffer<1536>)
  %buf289 = memsched.node "op289" (%buf281, %buf283, %buf285, %buf287, %convolution_22, %getitem_45, %rsqrt_22 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf289" : !memsched.buffer<2408448>)
  %buf290 = memsched.node "op290" (%buf289, %clamp_max_14 : !memsched.buffer<2408448>, !memsched.buffer<2408448>) -> ("buf290" : !memsched.buffer<0> {size_alloc = 2422272})
  %buf291 = memsched.node "op291" (%buf290 : !memsched.buffer<0>) -> ("buf291" : !memsched.buffer<2408448> {size_alloc = 0})
  %buf292 = memsched.node "op292" (%buf290 : !memsched.buffer<0>) -> ("buf292" : !memsched.buffer<13824> {size_alloc = 0})
  %buf293 = memsched.node "op293" (%convolution_21, %getitem_43, %rsqrt_21 : !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf293" : !memsched.buffer<2408448>)
  %buf294, %buf296 = memsched.node "op294_op296" (%buf291, %buf293, %convolution_21, %getitem_43 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>) -> ("buf294" : !memsched.buffer<19968>, "buf296" : !memsched.buffer<19968>)
  %buf295 = memsched.node "op295" (%buf294 : !memsched.buffer<19968>) -> ("buf295" : !memsched.buffer<1536>)
  %buf297, %buf298 = memsched.node "op297_op298" (%buf296, %rsqrt_21 : !memsched.buffer<19968>, !memsched.buffer<1536>) -> ("buf297" : !memsched.buffer<1536>, "buf298" : !memsched.buffer<1536>)
  %buf299 = memsched.node "op299" (%buf291, %buf293, %buf295, %buf297, %convolution_21, %getitem_43, %rsqrt_21 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<2408448>, !memsched.buffer<1536>, !memsched.buffer<1536>) -> ("buf299" : !memsched.buffer<2408448>)
  %buf300 = memsched.node "op300" (%buf299, %add_107 : !memsched.buffer<2408448>, !memsched.buffer<401408>) -> ("buf300" : !memsched.buffer<0> {size_alloc = 499712})
  %buf301 = memsched.node "op301" (%buf300 : !memsched.buffer<0>) -> ("buf301" : !memsched.buffer<401408> {size_alloc = 0})
  %buf302 = memsched.node "op302" (%buf300 : !memsched.buffer<0>) -> ("buf302" : !memsched.buffer<98304> {size_alloc = 0})
  %buf303, %buf305 = memsched.node "op303_op305" (%buf214, %buf243, %buf272, %buf301, %convolution_20, %unsqueeze_582 : !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<256>) -> ("buf303" : !memsched.buffer<3328>, "buf305" : !memsched.buffer<3328>)
  %buf304 = memsched.node "op304" (%buf303 : !memsched.buffer<3328>) -> ("buf304" : !memsched.buffer<256>)
  %buf306, %buf308 = memsched.node "op306_op308" (%buf305, %squeeze_61 : !memsched.buffer<3328>, !memsched.buffer<256>) -> ("buf306" : !memsched.buffer<256>, "buf308" : !memsched.buffer<256>)
  %buf307, %buf309 = memsched.node "op307_op309" (%buf214, %buf243, %buf272, %buf301, %buf304, %buf306, %convolution_20, %unsqueeze_582, %squeeze_61 : !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<401408>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<401408>, !memsched.buffer<256>, !memsched.buffer<256>) -> ("buf307" : !memsched.buffer<401408>, "buf309" : !memsched.buffer<401408>)
  %buf310 = memsched.node "op310" (%buf309, %clamp_max_13 : !memsched.buffer<401408>, !memsched.buffer<1204224>) -> ("buf310" : !memsched.buffer<0> {size_alloc = 1253376})
  %buf311 = memsched.node "op311" (%buf310 : !memsched.buffer<0>) -> ("buf311" : !memsched.buffer<1204224> {size_alloc = 0})
  %buf312 = memsched.node "op312" (%buf310 : !memsched.buffer<0>) -> ("buf312" : !memsched.buffer<49152> {size_alloc = 0})
  %buf313 = memsched.node "op313" (%convolution_19, %getitem_39, %rsqrt_19 : !memsched.buffer<1204224>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf313" : !memsched.buffer<1204224>)
  %buf314, %buf316 = memsched.node "op314_op316" (%buf311, %buf313, %convolution_19, %getitem_39 : !memsched.buffer<1204224>, !memsched.buffer<1204224>, !memsched.buffer<1204224>, !memsched.buffer<768>) -> ("buf314" : !memsched.buffer<9984>, "buf316" : !memsched.buffer<9984>)
  %buf315 = memsched.node "op315" (%buf314 : !memsched.buffer<9984>) -> ("buf315" : !memsched.buffer<768>)
  %buf317, %buf318 = memsched.node "op317_op318" (%buf316, %rsqrt_19 : !memsched.buffer<9984>, !memsched.buffer<768>) -> ("buf317" : !memsched.buffer<768>, "buf318" : !memsched.buffer<768>)
  %buf319 = memsched.node "op319" (%buf311, %buf313, %buf315, %buf317, %convolution_19, %getitem_39, %rsqrt_19 : !memsched.buffer<1204224>, !memsched.buffer<1204224>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<1204224>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf319" : !memsched.buffer<1204224>)
  %buf320 = memsched.node "op320" (%buf319, %clamp_max_12 : !memsched.buffer<1204224>, !memsched.buffer<4816896>) -> ("buf320" : !memsched.buffer<0> {size_alloc = 4823808})
  %buf321 = memsched.node "op321" (%buf320 : !memsched.buffer<0>) -> ("buf321" : !memsched.buffer<4816896> {size_alloc = 0})
  %buf322 = memsched.node "op322" (%buf320 : !memsched.buffer<0>) -> ("buf322" : !memsched.buffer<6912> {size_alloc = 0})
  %buf323 = memsched.node "op323" (%convolution_18, %getitem_37, %rsqrt_18 : !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf323" : !memsched.buffer<4816896>)
  %buf324, %buf326 = memsched.node "op324_op326" (%buf321, %buf323, %convolution_18, %getitem_37 : !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<768>) -> ("buf324" : !memsched.buffer<37632>, "buf326" : !memsched.buffer<37632>)
  %buf325 = memsched.node "op325" (%buf324 : !memsched.buffer<37632>) -> ("buf325" : !memsched.buffer<768>)
  %buf327, %buf328 = memsched.node "op327_op328" (%buf326, %rsqrt_18 : !memsched.buffer<37632>, !memsched.buffer<768>) -> ("buf327" : !memsched.buffer<768>, "buf328" : !memsched.buffer<768>)
  %buf329 = memsched.node "op329" (%buf321, %buf323, %buf325, %buf327, %convolution_18, %getitem_37, %rsqrt_18 : !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf329" : !memsched.buffer<4816896>)
  %buf330 = memsched.node "op330" (%buf329, %add_92 : !memsched.buffer<4816896>, !memsched.buffer<802816>) -> ("buf330" : !memsched.buffer<0> {size_alloc = 827392})
  %buf331 = memsched.node "op331" (%buf330 : !memsched.buffer<0>) -> ("buf331" : !memsched.buffer<802816> {size_alloc = 0})
  %buf332 = memsched.node "op332" (%buf330 : !memsched.buffer<0>) -> ("buf332" : !memsched.buffer<24576> {size_alloc = 0})
  %buf333, %buf335 = memsched.node "op333_op335" (%buf331, %convolution_17, %unsqueeze_618 : !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<128>) -> ("buf333" : !memsched.buffer<6272>, "buf335" : !memsched.buffer<6272>)
  %buf334 = memsched.node "op334" (%buf333 : !memsched.buffer<6272>) -> ("buf334" : !memsched.buffer<128>)
  %buf336, %buf337 = memsched.node "op336_op337" (%buf335, %squeeze_52 : !memsched.buffer<6272>, !memsched.buffer<128>) -> ("buf336" : !memsched.buffer<128>, "buf337" : !memsched.buffer<128>)
  %buf338 = memsched.node "op338" (%buf331, %buf334, %buf336, %convolution_17, %unsqueeze_618, %squeeze_52 : !memsched.buffer<802816>, !memsched.buffer<128>, !memsched.buffer<128>, !memsched.buffer<802816>, !memsched.buffer<128>, !memsched.buffer<128>) -> ("buf338" : !memsched.buffer<802816>)
  %buf339 = memsched.node "op339" (%buf338, %clamp_max_11 : !memsched.buffer<802816>, !memsched.buffer<4816896>) -> ("buf339" : !memsched.buffer<0> {size_alloc = 4841472})
  %buf340 = memsched.node "op340" (%buf339 : !memsched.buffer<0>) -> ("buf340" : !memsched.buffer<4816896> {size_alloc = 0})
  %buf341 = memsched.node "op341" (%buf339 : !memsched.buffer<0>) -> ("buf341" : !memsched.buffer<24576> {size_alloc = 0})
  %buf342 = memsched.node "op342" (%convolution_16, %getitem_33, %rsqrt_16 : !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf342" : !memsched.buffer<4816896>)
  %buf343, %buf345 = memsched.node "op343_op345" (%buf340, %buf342, %convolution_16, %getitem_33 : !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<768>) -> ("buf343" : !memsched.buffer<37632>, "buf345" : !memsched.buffer<37632>)
  %buf344 = memsched.node "op344" (%buf343 : !memsched.buffer<37632>) -> ("buf344" : !memsched.buffer<768>)
  %buf346, %buf347 = memsched.node "op346_op347" (%buf345, %rsqrt_16 : !memsched.buffer<37632>, !memsched.buffer<768>) -> ("buf346" : !memsched.buffer<768>, "buf347" : !memsched.buffer<768>)
  %buf348 = memsched.node "op348" (%buf340, %buf342, %buf344, %buf346, %convolution_16, %getitem_33, %rsqrt_16 : !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf348" : !memsched.buffer<4816896>)
  %buf349 = memsched.node "op349" (%buf348, %clamp_max_10 : !memsched.buffer<4816896>, !memsched.buffer<4816896>) -> ("buf349" : !memsched.buffer<0> {size_alloc = 4823808})
  %buf350 = memsched.node "op350" (%buf349 : !memsched.buffer<0>) -> ("buf350" : !memsched.buffer<4816896> {size_alloc = 0})
  %buf351 = memsched.node "op351" (%buf349 : !memsched.buffer<0>) -> ("buf351" : !memsched.buffer<6912> {size_alloc = 0})
  %buf352 = memsched.node "op352" (%convolution_15, %getitem_31, %rsqrt_15 : !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf352" : !memsched.buffer<4816896>)
  %buf353, %buf355 = memsched.node "op353_op355" (%buf350, %buf352, %convolution_15, %getitem_31 : !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<768>) -> ("buf353" : !memsched.buffer<37632>, "buf355" : !memsched.buffer<37632>)
  %buf354 = memsched.node "op354" (%buf353 : !memsched.buffer<37632>) -> ("buf354" : !memsched.buffer<768>)
  %buf356, %buf357 = memsched.node "op356_op357" (%buf355, %rsqrt_15 : !memsched.buffer<37632>, !memsched.buffer<768>) -> ("buf356" : !memsched.buffer<768>, "buf357" : !memsched.buffer<768>)
  %buf358 = memsched.node "op358" (%buf350, %buf352, %buf354, %buf356, %convolution_15, %getitem_31, %rsqrt_15 : !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf358" : !memsched.buffer<4816896>)
  %buf359 = memsched.node "op359" (%buf358, %add_76 : !memsched.buffer<4816896>, !memsched.buffer<802816>) -> ("buf359" : !memsched.buffer<0> {size_alloc = 827392})
  %buf360 = memsched.node "op360" (%buf359 : !memsched.buffer<0>) -> ("buf360" : !memsched.buffer<802816> {size_alloc = 0})
  %buf361 = memsched.node "op361" (%buf359 : !memsched.buffer<0>) -> ("buf361" : !memsched.buffer<24576> {size_alloc = 0})
  %buf362, %buf364 = memsched.node "op362_op364" (%buf331, %buf360, %convolution_14, %unsqueeze_654 : !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<128>) -> ("buf362" : !memsched.buffer<6272>, "buf364" : !memsched.buffer<6272>)
  %buf363 = memsched.node "op363" (%buf362 : !memsched.buffer<6272>) -> ("buf363" : !memsched.buffer<128>)
  %buf365, %buf366 = memsched.node "op365_op366" (%buf364, %squeeze_43 : !memsched.buffer<6272>, !memsched.buffer<128>) -> ("buf365" : !memsched.buffer<128>, "buf366" : !memsched.buffer<128>)
  %buf367 = memsched.node "op367" (%buf331, %buf360, %buf363, %buf365, %convolution_14, %unsqueeze_654, %squeeze_43 : !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<128>, !memsched.buffer<128>, !memsched.buffer<802816>, !memsched.buffer<128>, !memsched.buffer<128>) -> ("buf367" : !memsched.buffer<802816>)
  %buf368 = memsched.node "op368" (%buf367, %clamp_max_9 : !memsched.buffer<802816>, !memsched.buffer<4816896>) -> ("buf368" : !memsched.buffer<0> {size_alloc = 4841472})
  %buf369 = memsched.node "op369" (%buf368 : !memsched.buffer<0>) -> ("buf369" : !memsched.buffer<4816896> {size_alloc = 0})
  %buf370 = memsched.node "op370" (%buf368 : !memsched.buffer<0>) -> ("buf370" : !memsched.buffer<24576> {size_alloc = 0})
  %buf371 = memsched.node "op371" (%convolution_13, %getitem_27, %rsqrt_13 : !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf371" : !memsched.buffer<4816896>)
  %buf372, %buf374 = memsched.node "op372_op374" (%buf369, %buf371, %convolution_13, %getitem_27 : !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<768>) -> ("buf372" : !memsched.buffer<37632>, "buf374" : !memsched.buffer<37632>)
  %buf373 = memsched.node "op373" (%buf372 : !memsched.buffer<37632>) -> ("buf373" : !memsched.buffer<768>)
  %buf375, %buf376 = memsched.node "op375_op376" (%buf374, %rsqrt_13 : !memsched.buffer<37632>, !memsched.buffer<768>) -> ("buf375" : !memsched.buffer<768>, "buf376" : !memsched.buffer<768>)
  %buf377 = memsched.node "op377" (%buf369, %buf371, %buf373, %buf375, %convolution_13, %getitem_27, %rsqrt_13 : !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf377" : !memsched.buffer<4816896>)
  %buf378 = memsched.node "op378" (%buf377, %clamp_max_8 : !memsched.buffer<4816896>, !memsched.buffer<4816896>) -> ("buf378" : !memsched.buffer<0> {size_alloc = 4823808})
  %buf379 = memsched.node "op379" (%buf378 : !memsched.buffer<0>) -> ("buf379" : !memsched.buffer<4816896> {size_alloc = 0})
  %buf380 = memsched.node "op380" (%buf378 : !memsched.buffer<0>) -> ("buf380" : !memsched.buffer<6912> {size_alloc = 0})
  %buf381 = memsched.node "op381" (%convolution_12, %getitem_25, %rsqrt_12 : !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf381" : !memsched.buffer<4816896>)
  %buf382, %buf384 = memsched.node "op382_op384" (%buf379, %buf381, %convolution_12, %getitem_25 : !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<768>) -> ("buf382" : !memsched.buffer<37632>, "buf384" : !memsched.buffer<37632>)
  %buf383 = memsched.node "op383" (%buf382 : !memsched.buffer<37632>) -> ("buf383" : !memsched.buffer<768>)
  %buf385, %buf386 = memsched.node "op385_op386" (%buf384, %rsqrt_12 : !memsched.buffer<37632>, !memsched.buffer<768>) -> ("buf385" : !memsched.buffer<768>, "buf386" : !memsched.buffer<768>)
  %buf387 = memsched.node "op387" (%buf379, %buf381, %buf383, %buf385, %convolution_12, %getitem_25, %rsqrt_12 : !memsched.buffer<4816896>, !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<4816896>, !memsched.buffer<768>, !memsched.buffer<768>) -> ("buf387" : !memsched.buffer<4816896>)
  %buf388 = memsched.node "op388" (%buf387, %add_60 : !memsched.buffer<4816896>, !memsched.buffer<802816>) -> ("buf388" : !memsched.buffer<0> {size_alloc = 827392})
  %buf389 = memsched.node "op389" (%buf388 : !memsched.buffer<0>) -> ("buf389" : !memsched.buffer<802816> {size_alloc = 0})
  %buf390 = memsched.node "op390" (%buf388 : !memsched.buffer<0>) -> ("buf390" : !memsched.buffer<24576> {size_alloc = 0})
  %buf391, %buf393 = memsched.node "op391_op393" (%buf331, %buf360, %buf389, %convolution_11, %unsqueeze_690 : !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<128>) -> ("buf391" : !memsched.buffer<6272>, "buf393" : !memsched.buffer<6272>)
  %buf392 = memsched.node "op392" (%buf391 : !memsched.buffer<6272>) -> ("buf392" : !memsched.buffer<128>)
  %buf394, %buf396 = memsched.node "op394_op396" (%buf393, %squeeze_34 : !memsched.buffer<6272>, !memsched.buffer<128>) -> ("buf394" : !memsched.buffer<128>, "buf396" : !memsched.buffer<128>)
  %buf395 = memsched.node "op395" (%buf331, %buf360, %buf389, %buf392, %buf394, %convolution_11, %unsqueeze_690, %squeeze_34 : !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<128>, !memsched.buffer<128>, !memsched.buffer<802816>, !memsched.buffer<128>, !memsched.buffer<128>) -> ("buf395" : !memsched.buffer<802816>)
  %buf397 = memsched.node "op397" (%buf395, %clamp_max_7 : !memsched.buffer<802816>, !memsched.buffer<3612672>) -> ("buf397" : !memsched.buffer<0> {size_alloc = 3631104})
  %buf398 = memsched.node "op398" (%buf397 : !memsched.buffer<0>) -> ("buf398" : !memsched.buffer<3612672> {size_alloc = 0})
  %buf399 = memsched.node "op399" (%buf397 : !memsched.buffer<0>) -> ("buf399" : !memsched.buffer<18432> {size_alloc = 0})
  %buf400 = memsched.node "op400" (%convolution_10, %getitem_21, %rsqrt_10 : !memsched.buffer<3612672>, !memsched.buffer<576>, !memsched.buffer<576>) -> ("buf400" : !memsched.buffer<3612672>)
  %buf401, %buf403 = memsched.node "op401_op403" (%buf398, %buf400, %convolution_10, %getitem_21 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<576>) -> ("buf401" : !memsched.buffer<28224>, "buf403" : !memsched.buffer<28224>)
  %buf402 = memsched.node "op402" (%buf401 : !memsched.buffer<28224>) -> ("buf402" : !memsched.buffer<576>)
  %buf404, %buf405 = memsched.node "op404_op405" (%buf403, %rsqrt_10 : !memsched.buffer<28224>, !memsched.buffer<576>) -> ("buf404" : !memsched.buffer<576>, "buf405" : !memsched.buffer<576>)
  %buf406 = memsched.node "op406" (%buf398, %buf400, %buf402, %buf404, %convolution_10, %getitem_21, %rsqrt_10 : !memsched.buffer<3612672>, !memsched.buffer<3612672>, !memsched.buffer<576>, !memsched.buffer<576>, !memsched.buffer<3612672>, !memsched.buffer<576>, !memsched.buffer<576>) -> ("buf406" : !memsched.buffer<3612672>)
  %buf407 = memsched.node "op407" (%buf406, %clamp_max_6 : !memsched.buffer<3612672>, !memsched.buffer<14450688>) -> ("buf407" : !memsched.buffer<0> {size_alloc = 14455872})
  %buf408 = memsched.node "op408" (%buf407 : !memsched.buffer<0>) -> ("buf408" : !memsched.buffer<14450688> {size_alloc = 0})
  %buf409 = memsched.node "op409" (%buf407 : !memsched.buffer<0>) -> ("buf409" : !memsched.buffer<5184> {size_alloc = 0})
  %buf410 = memsched.node "op410" (%convolution_9, %getitem_19, %rsqrt_9 : !memsched.buffer<14450688>, !memsched.buffer<576>, !memsched.buffer<576>) -> ("buf410" : !memsched.buffer<14450688>)
  %buf411, %buf413 = memsched.node "op411_op413" (%buf408, %buf410, %convolution_9, %getitem_19 : !memsched.buffer<14450688>, !memsched.buffer<14450688>, !memsched.buffer<14450688>, !memsched.buffer<576>) -> ("buf411" : !memsched.buffer<112896>, "buf413" : !memsched.buffer<112896>)
  %buf412 = memsched.node "op412" (%buf411 : !memsched.buffer<112896>) -> ("buf412" : !memsched.buffer<576>)
  %buf414, %buf415 = memsched.node "op414_op415" (%buf413, %rsqrt_9 : !memsched.buffer<112896>, !memsched.buffer<576>) -> ("buf414" : !memsched.buffer<576>, "buf415" : !memsched.buffer<576>)
  %buf416 = memsched.node "op416" (%buf408, %buf410, %buf412, %buf414, %convolution_9, %getitem_19, %rsqrt_9 : !memsched.buffer<14450688>, !memsched.buffer<14450688>, !memsched.buffer<576>, !memsched.buffer<576>, !memsched.buffer<14450688>, !memsched.buffer<576>, !memsched.buffer<576>) -> ("buf416" : !memsched.buffer<14450688>)
  %buf417 = memsched.node "op417" (%buf416, %add_45 : !memsched.buffer<14450688>, !memsched.buffer<2408448>) -> ("buf417" : !memsched.buffer<0> {size_alloc = 2422272})
  %buf418 = memsched.node "op418" (%buf417 : !memsched.buffer<0>) -> ("buf418" : !memsched.buffer<2408448> {size_alloc = 0})
  %buf419 = memsched.node "op419" (%buf417 : !memsched.buffer<0>) -> ("buf419" : !memsched.buffer<13824> {size_alloc = 0})
  %buf420, %buf422 = memsched.node "op420_op422" (%buf418, %convolution_8, %unsqueeze_726 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<96>) -> ("buf420" : !memsched.buffer<18816>, "buf422" : !memsched.buffer<18816>)
  %buf421 = memsched.node "op421" (%buf420 : !memsched.buffer<18816>) -> ("buf421" : !memsched.buffer<96>)
  %buf423, %buf424 = memsched.node "op423_op424" (%buf422, %squeeze_25 : !memsched.buffer<18816>, !memsched.buffer<96>) -> ("buf423" : !memsched.buffer<96>, "buf424" : !memsched.buffer<96>)
  %buf425 = memsched.node "op425" (%buf418, %buf421, %buf423, %convolution_8, %unsqueeze_726, %squeeze_25 : !memsched.buffer<2408448>, !memsched.buffer<96>, !memsched.buffer<96>, !memsched.buffer<2408448>, !memsched.buffer<96>, !memsched.buffer<96>) -> ("buf425" : !memsched.buffer<2408448>)
  %buf426 = memsched.node "op426" (%buf425, %clamp_max_5 : !memsched.buffer<2408448>, !memsched.buffer<14450688>) -> ("buf426" : !memsched.buffer<0> {size_alloc = 14464512})
  %buf427 = memsched.node "op427" (%buf426 : !memsched.buffer<0>) -> ("buf427" : !memsched.buffer<14450688> {size_alloc = 0})
  %buf428 = memsched.node "op428" (%buf426 : !memsched.buffer<0>) -> ("buf428" : !memsched.buffer<13824> {size_alloc = 0})
  %buf429 = memsched.node "op429" (%convolution_7, %getitem_15, %rsqrt_7 : !memsched.buffer<14450688>, !memsched.buffer<576>, !memsched.buffer<576>) -> ("buf429" : !memsched.buffer<14450688>)
  %buf430, %buf432 = memsched.node "op430_op432" (%buf427, %buf429, %convolution_7, %getitem_15 : !memsched.buffer<14450688>, !memsched.buffer<14450688>, !memsched.buffer<14450688>, !memsched.buffer<576>) -> ("buf430" : !memsched.buffer<112896>, "buf432" : !memsched.buffer<112896>)
  %buf431 = memsched.node "op431" (%buf430 : !memsched.buffer<112896>) -> ("buf431" : !memsched.buffer<576>)
  %buf433, %buf434 = memsched.node "op433_op434" (%buf432, %rsqrt_7 : !memsched.buffer<112896>, !memsched.buffer<576>) -> ("buf433" : !memsched.buffer<576>, "buf434" : !memsched.buffer<576>)
  %buf435 = memsched.node "op435" (%buf427, %buf429, %buf431, %buf433, %convolution_7, %getitem_15, %rsqrt_7 : !memsched.buffer<14450688>, !memsched.buffer<14450688>, !memsched.buffer<576>, !memsched.buffer<576>, !memsched.buffer<14450688>, !memsched.buffer<576>, !memsched.buffer<576>) -> ("buf435" : !memsched.buffer<14450688>)
  %buf436 = memsched.node "op436" (%buf435, %clamp_max_4 : !memsched.buffer<14450688>, !memsched.buffer<14450688>) -> ("buf436" : !memsched.buffer<0> {size_alloc = 14455872})
  %buf437 = memsched.node "op437" (%buf436 : !memsched.buffer<0>) -> ("buf437" : !memsched.buffer<14450688> {size_alloc = 0})
  %buf438 = memsched.node "op438" (%buf436 : !memsched.buffer<0>) -> ("buf438" : !memsched.buffer<5184> {size_alloc = 0})
  %buf439 = memsched.node "op439" (%convolution_6, %getitem_13, %rsqrt_6 : !memsched.buffer<14450688>, !memsched.buffer<576>, !memsched.buffer<576>) -> ("buf439" : !memsched.buffer<14450688>)
  %buf440, %buf442 = memsched.node "op440_op442" (%buf437, %buf439, %convolution_6, %getitem_13 : !memsched.buffer<14450688>, !memsched.buffer<14450688>, !memsched.buffer<14450688>, !memsched.buffer<576>) -> ("buf440" : !memsched.buffer<112896>, "buf442" : !memsched.buffer<112896>)
  %buf441 = memsched.node "op441" (%buf440 : !memsched.buffer<112896>) -> ("buf441" : !memsched.buffer<576>)
  %buf443, %buf444 = memsched.node "op443_op444" (%buf442, %rsqrt_6 : !memsched.buffer<112896>, !memsched.buffer<576>) -> ("buf443" : !memsched.buffer<576>, "buf444" : !memsched.buffer<576>)
  %buf445 = memsched.node "op445" (%buf437, %buf439, %buf441, %buf443, %convolution_6, %getitem_13, %rsqrt_6 : !memsched.buffer<14450688>, !memsched.buffer<14450688>, !memsched.buffer<576>, !memsched.buffer<576>, !memsched.buffer<14450688>, !memsched.buffer<576>, !memsched.buffer<576>) -> ("buf445" : !memsched.buffer<14450688>)
  %buf446 = memsched.node "op446" (%buf445, %add_29 : !memsched.buffer<14450688>, !memsched.buffer<2408448>) -> ("buf446" : !memsched.buffer<0> {size_alloc = 2422272})
  %buf447 = memsched.node "op447" (%buf446 : !memsched.buffer<0>) -> ("buf447" : !memsched.buffer<2408448> {size_alloc = 0})
  %buf448 = memsched.node "op448" (%buf446 : !memsched.buffer<0>) -> ("buf448" : !memsched.buffer<13824> {size_alloc = 0})
  %buf449, %buf451 = memsched.node "op449_op451" (%buf418, %buf447, %convolution_5, %unsqueeze_762 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<96>) -> ("buf449" : !memsched.buffer<18816>, "buf451" : !memsched.buffer<18816>)
  %buf450 = memsched.node "op450" (%buf449 : !memsched.buffer<18816>) -> ("buf450" : !memsched.buffer<96>)
  %buf452, %buf453 = memsched.node "op452_op453" (%buf451, %squeeze_16 : !memsched.buffer<18816>, !memsched.buffer<96>) -> ("buf452" : !memsched.buffer<96>, "buf453" : !memsched.buffer<96>)
  %buf454 = memsched.node "op454" (%buf418, %buf447, %buf450, %buf452, %convolution_5, %unsqueeze_762, %squeeze_16 : !memsched.buffer<2408448>, !memsched.buffer<2408448>, !memsched.buffer<96>, !memsched.buffer<96>, !memsched.buffer<2408448>, !memsched.buffer<96>, !memsched.buffer<96>) -> ("buf454" : !memsched.buffer<2408448>)
  %buf455 = memsched.node "op455" (%buf454, %clamp_max_3 : !memsched.buffer<2408448>, !memsched.buffer<9633792>) -> ("buf455" : !memsched.buffer<0> {size_alloc = 9643008})
  %buf456 = memsched.node "op456" (%buf455 : !memsched.buffer<0>) -> ("buf456" : !memsched.buffer<9633792> {size_alloc = 0})
  %buf457 = memsched.node "op457" (%buf455 : !memsched.buffer<0>) -> ("buf457" : !memsched.buffer<9216> {size_alloc = 0})
  %buf458 = memsched.node "op458" (%convolution_4, %getitem_9, %rsqrt_4 : !memsched.buffer<9633792>, !memsched.buffer<384>, !memsched.buffer<384>) -> ("buf458" : !memsched.buffer<9633792>)
  %buf459, %buf461 = memsched.node "op459_op461" (%buf456, %buf458, %convolution_4, %getitem_9 : !memsched.buffer<9633792>, !memsched.buffer<9633792>, !memsched.buffer<9633792>, !memsched.buffer<384>) -> ("buf459" : !memsched.buffer<75264>, "buf461" : !memsched.buffer<75264>)
  %buf460 = memsched.node "op460" (%buf459 : !memsched.buffer<75264>) -> ("buf460" : !memsched.buffer<384>)
  %buf462, %buf463 = memsched.node "op462_op463" (%buf461, %rsqrt_4 : !memsched.buffer<75264>, !memsched.buffer<384>) -> ("buf462" : !memsched.buffer<384>, "buf463" : !memsched.buffer<384>)
  %buf464 = memsched.node "op464" (%buf456, %buf458, %buf460, %buf462, %convolution_4, %getitem_9, %rsqrt_4 : !memsched.buffer<9633792>, !memsched.buffer<9633792>, !memsched.buffer<384>, !memsched.buffer<384>, !memsched.buffer<9633792>, !memsched.buffer<384>, !memsched.buffer<384>) -> ("buf464" : !memsched.buffer<9633792>)
  %buf465 = memsched.node "op465" (%buf464, %clamp_max_2 : !memsched.buffer<9633792>, !memsched.buffer<38535168>) -> ("buf465" : !memsched.buffer<0> {size_alloc = 38538624})
  %buf466 = memsched.node "op466" (%buf465 : !memsched.buffer<0>) -> ("buf466" : !memsched.buffer<38535168> {size_alloc = 0})
  %buf467 = memsched.node "op467" (%buf465 : !memsched.buffer<0>) -> ("buf467" : !memsched.buffer<3456> {size_alloc = 0})
  %buf468 = memsched.node "op468" (%convolution_3, %getitem_7, %rsqrt_3 : !memsched.buffer<38535168>, !memsched.buffer<384>, !memsched.buffer<384>) -> ("buf468" : !memsched.buffer<38535168>)
  %buf469, %buf471 = memsched.node "op469_op471" (%buf466, %buf468, %convolution_3, %getitem_7 : !memsched.buffer<38535168>, !memsched.buffer<38535168>, !memsched.buffer<38535168>, !memsched.buffer<384>) -> ("buf469" : !memsched.buffer<301056>, "buf471" : !memsched.buffer<301056>)
  %buf470 = memsched.node "op470" (%buf469 : !memsched.buffer<301056>) -> ("buf470" : !memsched.buffer<384>)
  %buf472, %buf473 = memsched.node "op472_op473" (%buf471, %rsqrt_3 : !memsched.buffer<301056>, !memsched.buffer<384>) -> ("buf472" : !memsched.buffer<384>, "buf473" : !memsched.buffer<384>)
  %buf474 = memsched.node "op474" (%buf466, %buf468, %buf470, %buf472, %convolution_3, %getitem_7, %rsqrt_3 : !memsched.buffer<38535168>, !memsched.buffer<38535168>, !memsched.buffer<384>, !memsched.buffer<384>, !memsched.buffer<38535168>, !memsched.buffer<384>, !memsched.buffer<384>) -> ("buf474" : !memsched.buffer<38535168>)
  %buf475 = memsched.node "op475" (%buf474, %add_14 : !memsched.buffer<38535168>, !memsched.buffer<6422528>) -> ("buf475" : !memsched.buffer<0> {size_alloc = 6428672})
  %buf476 = memsched.node "op476" (%buf475 : !memsched.buffer<0>) -> ("buf476" : !memsched.buffer<6422528> {size_alloc = 0})
  %buf477 = memsched.node "op477" (%buf475 : !memsched.buffer<0>) -> ("buf477" : !memsched.buffer<6144> {size_alloc = 0})
  %buf478, %buf480 = memsched.node "op478_op480" (%buf476, %convolution_2, %unsqueeze_798 : !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<64>) -> ("buf478" : !memsched.buffer<50176>, "buf480" : !memsched.buffer<50176>)
  %buf479 = memsched.node "op479" (%buf478 : !memsched.buffer<50176>) -> ("buf479" : !memsched.buffer<64>)
  %buf481, %buf482 = memsched.node "op481_op482" (%buf480, %squeeze_7 : !memsched.buffer<50176>, !memsched.buffer<64>) -> ("buf481" : !memsched.buffer<64>, "buf482" : !memsched.buffer<64>)
  %buf483 = memsched.node "op483" (%buf476, %buf479, %buf481, %convolution_2, %unsqueeze_798, %squeeze_7 : !memsched.buffer<6422528>, !memsched.buffer<64>, !memsched.buffer<64>, !memsched.buffer<6422528>, !memsched.buffer<64>, !memsched.buffer<64>) -> ("buf483" : !memsched.buffer<6422528>)
  %buf484 = memsched.node "op484" (%buf483, %clamp_max_1 : !memsched.buffer<6422528>, !memsched.buffer<12845056>) -> ("buf484" : !memsched.buffer<0> {size_alloc = 12847104})
  %buf485 = memsched.node "op485" (%buf484 : !memsched.buffer<0>) -> ("buf485" : !memsched.buffer<12845056> {size_alloc = 0})
  %buf486 = memsched.node "op486" (%buf484 : !memsched.buffer<0>) -> ("buf486" : !memsched.buffer<2048> {size_alloc = 0})
  %buf487 = memsched.node "op487" (%convolution_1, %getitem_3, %rsqrt_1 : !memsched.buffer<12845056>, !memsched.buffer<128>, !memsched.buffer<128>) -> ("buf487" : !memsched.buffer<12845056>)
  %buf488, %buf490 = memsched.node "op488_op490" (%buf485, %buf487, %convolution_1, %getitem_3 : !memsched.buffer<12845056>, !memsched.buffer<12845056>, !memsched.buffer<12845056>, !memsched.buffer<128>) -> ("buf488" : !memsched.buffer<100352>, "buf490" : !memsched.buffer<100352>)
  %buf489 = memsched.node "op489" (%buf488 : !memsched.buffer<100352>) -> ("buf489" : !memsched.buffer<128>)
  %buf491, %buf492 = memsched.node "op491_op492" (%buf490, %rsqrt_1 : !memsched.buffer<100352>, !memsched.buffer<128>) -> ("buf491" : !memsched.buffer<128>, "buf492" : !memsched.buffer<128>)
  %buf493 = memsched.node "op493" (%buf485, %buf487, %buf489, %buf491, %convolution_1, %getitem_3, %rsqrt_1 : !memsched.buffer<12845056>, !memsched.buffer<12845056>, !memsched.buffer<128>, !memsched.buffer<128>, !memsched.buffer<12845056>, !memsched.buffer<128>, !memsched.buffer<128>) -> ("buf493" : !memsched.buffer<12845056>)
  %buf494 = memsched.node "op494" (%buf493, %clamp_max : !memsched.buffer<12845056>, !memsched.buffer<12845056>) -> ("buf494" : !memsched.buffer<0> {size_alloc = 12846208})
  %buf495 = memsched.node "op495" (%buf494 : !memsched.buffer<0>) -> ("buf495" : !memsched.buffer<12845056> {size_alloc = 0})
  %buf496 = memsched.node "op496" (%buf494 : !memsched.buffer<0>) -> ("buf496" : !memsched.buffer<1152> {size_alloc = 0})
  %buf497 = memsched.node "op497" (%convolution, %getitem_1, %rsqrt : !memsched.buffer<12845056>, !memsched.buffer<128>, !memsched.buffer<128>) -> ("buf497" : !memsched.buffer<12845056>)
  %buf498, %buf500 = memsched.node "op498_op500" (%buf495, %buf497, %convolution, %getitem_1 : !memsched.buffer<12845056>, !memsched.buffer<12845056>, !memsched.buffer<12845056>, !memsched.buffer<128>) -> ("buf498" : !memsched.buffer<100352>, "buf500" : !memsched.buffer<100352>)
  %buf499 = memsched.node "op499" (%buf498 : !memsched.buffer<100352>) -> ("buf499" : !memsched.buffer<128>)
  %buf501, %buf502 = memsched.node "op501_op502" (%buf500, %rsqrt : !memsched.buffer<100352>, !memsched.buffer<128>) -> ("buf501" : !memsched.buffer<128>, "buf502" : !memsched.buffer<128>)
  %buf503 = memsched.node "op503" (%buf495, %buf497, %buf499, %buf501, %convolution, %getitem_1, %rsqrt : !memsched.buffer<12845056>, !memsched.buffer<12845056>, !memsched.buffer<128>, !memsched.buffer<128>, !memsched.buffer<12845056>, !memsched.buffer<128>, !memsched.buffer<128>) -> ("buf503" : !memsched.buffer<12845056>)
  %buf504 = memsched.node "op504" (%buf503 : !memsched.buffer<12845056>) -> ("buf504" : !memsched.buffer<0> {size_alloc = 3456})
  %buf505 = memsched.node "op505" (%buf504 : !memsched.buffer<0>) -> ("buf505" : !memsched.buffer<3456> {size_alloc = 0})
  memsched.output %buf1, %buf2, %buf5, %buf9, %buf12, %buf14, %buf17, %buf21, %buf24, %buf27, %buf31, %buf34, %buf37, %buf41, %buf43, %buf46, %buf50, %buf53, %buf56, %buf60, %buf63, %buf66, %buf70, %buf72, %buf75, %buf79, %buf82, %buf85, %buf89, %buf92, %buf95, %buf99, %buf101, %buf105, %buf108, %buf111, %buf114, %buf118, %buf121, %buf124, %buf128, %buf130, %buf133, %buf137, %buf140, %buf143, %buf147, %buf150, %buf153, %buf157, %buf159, %buf162, %buf166, %buf169, %buf172, %buf176, %buf179, %buf182, %buf186, %buf188, %buf192, %buf195, %buf198, %buf201, %buf205, %buf208, %buf211, %buf215, %buf217, %buf220, %buf224, %buf227, %buf230, %buf234, %buf237, %buf240, %buf244, %buf246, %buf249, %buf253, %buf256, %buf259, %buf263, %buf266, %buf269, %buf273, %buf275, %buf279, %buf282, %buf285, %buf288, %buf292, %buf295, %buf298, %buf302, %buf304, %buf308, %buf312, %buf315, %buf318, %buf322, %buf325, %buf328, %buf332, %buf334, %buf337, %buf341, %buf344, %buf347, %buf351, %buf354, %buf357, %buf361, %buf363, %buf366, %buf370, %buf373, %buf376, %buf380, %buf383, %buf386, %buf390, %buf392, %buf396, %buf399, %buf402, %buf405, %buf409, %buf412, %buf415, %buf419, %buf421, %buf424, %buf428, %buf431, %buf434, %buf438, %buf441, %buf444, %buf448, %buf450, %buf453, %buf457, %buf460, %buf463, %buf467, %buf470, %buf473, %buf477, %buf479, %buf482, %buf486, %buf489, %buf492, %buf496, %buf499, %buf502, %buf505 : !memsched.buffer<5120000>, !memsched.buffer<4000>, !memsched.buffer<5120>, !memsched.buffer<5120>, !memsched.buffer<1638400>, !memsched.buffer<1280>, !memsched.buffer<1280>, !memsched.buffer<1228800>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<34560>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<614400>, !memsched.buffer<640>, !memsched.buffer<640>, !memsched.buffer<614400>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<34560>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<614400>, !memsched.buffer<640>, !memsched.buffer<640>, !memsched.buffer<614400>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<34560>, !memsched.buffer<3840>, !memsched.buffer<3840>, !memsched.buffer<614400>, !memsched.buffer<640>, !memsched.buffer<640>, !memsched.buffer<368640>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<20736>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<221184>, !memsched.buffer<384>, !memsched.buffer<384>, !memsched.buffer<221184>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<20736>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<221184>, !memsched.buffer<384>, !memsched.buffer<384>, !memsched.buffer<221184>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<20736>, !memsched.buffer<2304>, !memsched.buffer<2304>, !memsched.buffer<221184>, !memsched.buffer<384>, !memsched.buffer<384>, !memsched.buffer<147456>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<13824>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<98304>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<98304>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<13824>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<98304>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<98304>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<13824>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<98304>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<98304>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<13824>, !memsched.buffer<1536>, !memsched.buffer<1536>, !memsched.buffer<98304>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<49152>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<6912>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<24576>, !memsched.buffer<128>, !memsched.buffer<128>, !memsched.buffer<24576>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<6912>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<24576>, !memsched.buffer<128>, !memsched.buffer<128>, !memsched.buffer<24576>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<6912>, !memsched.buffer<768>, !memsched.buffer<768>, !memsched.buffer<24576>, !memsched.buffer<128>, !memsched.buffer<128>, !memsched.buffer<18432>, !memsched.buffer<576>, !memsched.buffer<576>, !memsched.buffer<5184>, !memsched.buffer<576>, !memsched.buffer<576>, !memsched.buffer<13824>, !memsched.buffer<96>, !memsched.buffer<96>, !memsched.buffer<13824>, !memsched.buffer<576>, !memsched.buffer<576>, !memsched.buffer<5184>, !memsched.buffer<576>, !memsched.buffer<576>, !memsched.buffer<13824>, !memsched.buffer<96>, !memsched.buffer<96>, !memsched.buffer<9216>, !memsched.buffer<384>, !memsched.buffer<384>, !memsched.buffer<3456>, !memsched.buffer<384>, !memsched.buffer<384>, !memsched.buffer<6144>, !memsched.buffer<64>, !memsched.buffer<64>, !memsched.buffer<2048>, !memsched.buffer<128>, !memsched.buffer<128>, !memsched.buffer<1152>, !memsched.buffer<128>, !memsched.buffer<128>, !memsched.buffer<3456>
}
