// Converted from the Inductor corpus graph resnet18_train_g1.json (PyTorch 2.11).
memsched.graph @resnet18_train_g1 {
  %view = memsched.input "view" freeable : !memsched.buffer<16384>
  %le = memsched.input "le" freeable : !memsched.buffer<200704>
  %convolution_19 = memsched.input "convolution_19" freeable : !memsched.buffer<802816>
  %unsqueeze_82 = memsched.input "unsqueeze_82" freeable : !memsched.buffer<2048>
  %squeeze_58 = memsched.input "squeeze_58" freeable : !memsched.buffer<2048>
  %relu_15 = memsched.input "relu_15" freeable : !memsched.buffer<802816>
  %convolution_18 = memsched.input "convolution_18" freeable : !memsched.buffer<802816>
  %unsqueeze_94 = memsched.input "unsqueeze_94" freeable : !memsched.buffer<2048>
  %squeeze_55 = memsched.input "squeeze_55" freeable : !memsched.buffer<2048>
  %relu_14 = memsched.input "relu_14" freeable : !memsched.buffer<802816>
  %convolution_17 = memsched.input "convolution_17" freeable : !memsched.buffer<802816>
  %unsqueeze_106 = memsched.input "unsqueeze_106" freeable : !memsched.buffer<2048>
  %convolution_16 = memsched.input "convolution_16" freeable : !memsched.buffer<802816>
  %unsqueeze_118 = memsched.input "unsqueeze_118" freeable : !memsched.buffer<2048>
  %squeeze_52 = memsched.input "squeeze_52" freeable : !memsched.buffer<2048>
  %squeeze_49 = memsched.input "squeeze_49" freeable : !memsched.buffer<2048>
  %relu_12 = memsched.input "relu_12" freeable : !memsched.buffer<1605632>
  %relu_13 = memsched.input "relu_13" freeable : !memsched.buffer<802816>
  %convolution_15 = memsched.input "convolution_15" freeable : !memsched.buffer<802816>
  %unsqueeze_130 = memsched.input "unsqueeze_130" freeable : !memsched.buffer<2048>
  %squeeze_46 = memsched.input "squeeze_46" freeable : !memsched.buffer<2048>
  %convolution_14 = memsched.input "convolution_14" freeable : !memsched.buffer<1605632>
  %unsqueeze_142 = memsched.input "unsqueeze_142" freeable : !memsched.buffer<1024>
  %squeeze_43 = memsched.input "squeeze_43" freeable : !memsched.buffer<1024>
  %relu_11 = memsched.input "relu_11" freeable : !memsched.buffer<1605632>
  %convolution_13 = memsched.input "convolution_13" freeable : !memsched.buffer<1605632>
  %unsqueeze_154 = memsched.input "unsqueeze_154" freeable : !memsched.buffer<1024>
  %squeeze_40 = memsched.input "squeeze_40" freeable : !memsched.buffer<1024>
  %relu_10 = memsched.input "relu_10" freeable : !memsched.buffer<1605632>
  %convolution_12 = memsched.input "convolution_12" freeable : !memsched.buffer<1605632>
  %unsqueeze_166 = memsched.input "unsqueeze_166" freeable : !memsched.buffer<1024>
  %convolution_11 = memsched.input "convolution_11" freeable : !memsched.buffer<1605632>
  %unsqueeze_178 = memsched.input "unsqueeze_178" freeable : !memsched.buffer<1024>
  %squeeze_37 = memsched.input "squeeze_37" freeable : !memsched.buffer<1024>
  %squeeze_34 = memsched.input "squeeze_34" freeable : !memsched.buffer<1024>
  %relu_8 = memsched.input "relu_8" freeable : !memsched.buffer<3211264>
  %relu_9 = memsched.input "relu_9" freeable : !memsched.buffer<1605632>
  %convolution_10 = memsched.input "convolution_10" freeable : !memsched.buffer<1605632>
  %unsqueeze_190 = memsched.input "unsqueeze_190" freeable : !memsched.buffer<1024>
  %squeeze_31 = memsched.input "squeeze_31" freeable : !memsched.buffer<1024>
  %convolution_9 = memsched.input "convolution_9" freeable : !memsched.buffer<3211264>
  %unsqueeze_202 = memsched.input "unsqueeze_202" freeable : !memsched.buffer<512>
  %squeeze_28 = memsched.input "squeeze_28" freeable : !memsched.buffer<512>
  %relu_7 = memsched.input "relu_7" freeable : !memsched.buffer<3211264>
  %convolution_8 = memsched.input "convolution_8" freeable : !memsched.buffer<3211264>
  %unsqueeze_214 = memsched.input "unsqueeze_214" freeable : !memsched.buffer<512>
  %squeeze_25 = memsched.input "squeeze_25" freeable : !memsched.buffer<512>
  %relu_6 = memsched.input "relu_6" freeable : !memsched.buffer<3211264>
  %convolution_7 = memsched.input "convolution_7" freeable : !memsched.buffer<3211264>
  %unsqueeze_226 = memsched.input "unsqueeze_226" freeable : !memsched.buffer<512>
  %convolution_6 = memsched.input "convolution_6" freeable : !memsched.buffer<3211264>
  %unsqueeze_238 = memsched.input "unsqueeze_238" freeable : !memsched.buffer<512>
  %squeeze_22 = memsched.input "squeeze_22" freeable : !memsched.buffer<512>
  %squeeze_19 = memsched.input "squeeze_19" freeable : !memsched.buffer<512>
  %relu_4 = memsched.input "relu_4" freeable : !memsched.buffer<6422528>
  %relu_5 = memsched.input "relu_5" freeable : !memsched.buffer<3211264>
  %convolution_5 = memsched.input "convolution_5" freeable : !memsched.buffer<3211264>
  %unsqueeze_250 = memsched.input "unsqueeze_250" freeable : !memsched.buffer<512>
  %squeeze_16 = memsched.input "squeeze_16" freeable : !memsched.buffer<512>
  %convolution_4 = memsched.input "convolution_4" freeable : !memsched.buffer<6422528>
  %unsqueeze_262 = memsched.input "unsqueeze_262" freeable : !memsched.buffer<256>
  %squeeze_13 = memsched.input "squeeze_13" freeable : !memsched.buffer<256>
  %relu_3 = memsched.input "relu_3" freeable : !memsched.buffer<6422528>
  %convolution_3 = memsched.input "convolution_3" freeable : !memsched.buffer<6422528>
  %unsqueeze_274 = memsched.input "unsqueeze_274" freeable : !memsched.buffer<256>
  %squeeze_10 = memsched.input "squeeze_10" freeable : !memsched.buffer<256>
  %relu_2 = memsched.input "relu_2" freeable : !memsched.buffer<6422528>
  %convolution_2 = memsched.input "convolution_2" freeable : !memsched.buffer<6422528>
  %unsqueeze_286 = memsched.input "unsqueeze_286" freeable : !memsched.buffer<256>
  %squeeze_7 = memsched.input "squeeze_7" freeable : !memsched.buffer<256>
  %relu_1 = memsched.input "relu_1" freeable : !memsched.buffer<6422528>
  %convolution_1 = memsched.input "convolution_1" freeable : !memsched.buffer<6422528>
  %unsqueeze_298 = memsched.input "unsqueeze_298" freeable : !memsched.buffer<256>
  %squeeze_4 = memsched.input "squeeze_4" freeable : !memsched.buffer<256>
  %getitem_2 = memsched.input "getitem_2" freeable : !memsched.buffer<6422528>
  %getitem_3 = memsched.input "getitem_3" freeable : !memsched.buffer<6422528>
  %relu = memsched.input "relu" freeable : !memsched.buffer<25690112>
  %convolution = memsched.input "convolution" freeable : !memsched.buffer<25690112>
  %unsqueeze_310 = memsched.input "unsqueeze_310" freeable : !memsched.buffer<256>
  %squeeze_1 = memsched.input "squeeze_1" freeable : !memsched.buffer<256>
  %buf0 = memsched.node "op0" -> ("buf0" : !memsched.buffer<16384>)
  %buf1 = memsched.node "op1" (%view : !memsched.buffer<16384>) -> ("buf1" : !memsched.buffer<2048000>)
  %buf2 = memsched.node "op2" -> ("buf2" : !memsched.buffer<4000>)
  %buf4 = memsched.node "op4" (%buf0, %le, %convolution_19, %unsqueeze_82 : !memsched.buffer<16384>, !memsched.buffer<200704>, !memsched.buffer<802816>, !memsched.buffer<2048>) -> ("buf4" : !memsched.buffer<8192>)
  %buf5, %buf6 = memsched.node "op5_op6" (%buf4, %squeeze_58 : !memsched.buffer<8192>, !memsched.buffer<2048>) -> ("buf5" : !memsched.buffer<2048>, "buf6" : !memsched.buffer<2048>)
  %buf3, %buf7 = memsched.node "op3_op7" (%buf0, %buf5, %le, %convolution_19, %unsqueeze_82, %squeeze_58 : !memsched.buffer<16384>, !memsched.buffer<2048>, !memsched.buffer<200704>, !memsched.buffer<802816>, !memsched.buffer<2048>, !memsched.buffer<2048>) -> ("buf3" : !memsched.buffer<2048>, "buf7" : !memsched.buffer<802816>)
  %buf8 = memsched.node "op8" (%buf7, %relu_15 : !memsched.buffer<802816>, !memsched.buffer<802816>) -> ("buf8" : !memsched.buffer<0> {size_alloc = 10240000})
  %buf9 = memsched.node "op9" (%buf8 : !memsched.buffer<0>) -> ("buf9" : !memsched.buffer<802816> {size_alloc = 0})
  %buf10 = memsched.node "op10" (%buf8 : !memsched.buffer<0>) -> ("buf10" : !memsched.buffer<9437184> {size_alloc = 0})
  %buf11, %buf13 = memsched.node "op11_op13" (%buf9, %relu_15, %convolution_18, %unsqueeze_94 : !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<2048>) -> ("buf11" : !memsched.buffer<8192>, "buf13" : !memsched.buffer<8192>)
  %buf12 = memsched.node "op12" (%buf11 : !memsched.buffer<8192>) -> ("buf12" : !memsched.buffer<2048>)
  %buf14, %buf15 = memsched.node "op14_op15" (%buf13, %squeeze_55 : !memsched.buffer<8192>, !memsched.buffer<2048>) -> ("buf14" : !memsched.buffer<2048>, "buf15" : !memsched.buffer<2048>)
  %buf16 = memsched.node "op16" (%buf9, %buf12, %buf14, %relu_15, %convolution_18, %unsqueeze_94, %squeeze_55 : !memsched.buffer<802816>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<2048>, !memsched.buffer<2048>) -> ("buf16" : !memsched.buffer<802816>)
  %buf17 = memsched.node "op17" (%buf16, %relu_14 : !memsched.buffer<802816>, !memsched.buffer<802816>) -> ("buf17" : !memsched.buffer<0> {size_alloc = 10240000})
  %buf18 = memsched.node "op18" (%buf17 : !memsched.buffer<0>) -> ("buf18" : !memsched.buffer<802816> {size_alloc = 0})
  %buf19 = memsched.node "op19" (%buf17 : !memsched.buffer<0>) -> ("buf19" : !memsched.buffer<9437184> {size_alloc = 0})
  %buf20, %buf22, %buf30, %buf32 = memsched.node "op20_op22_op30_op32" (%buf0, %buf18, %le, %relu_14, %convolution_17, %unsqueeze_106, %convolution_16, %unsqueeze_118 : !memsched.buffer<16384>, !memsched.buffer<802816>, !memsched.buffer<200704>, !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<2048>, !memsched.buffer<802816>, !memsched.buffer<2048>) -> ("buf20" : !memsched.buffer<8192>, "buf22" : !memsched.buffer<8192>, "buf30" : !memsched.buffer<8192>, "buf32" : !memsched.buffer<8192>)
  %buf21 = memsched.node "op21" (%buf20 : !memsched.buffer<8192>) -> ("buf21" : !memsched.buffer<2048>)
  %buf23, %buf25 = memsched.node "op23_op25" (%buf22, %squeeze_52 : !memsched.buffer<8192>, !memsched.buffer<2048>) -> ("buf23" : !memsched.buffer<2048>, "buf25" : !memsched.buffer<2048>)
  %buf31 = memsched.node "op31" (%buf30 : !memsched.buffer<8192>) -> ("buf31" : !memsched.buffer<2048>)
  %buf33, %buf35 = memsched.node "op33_op35" (%buf32, %squeeze_49 : !memsched.buffer<8192>, !memsched.buffer<2048>) -> ("buf33" : !memsched.buffer<2048>, "buf35" : !memsched.buffer<2048>)
  %buf24, %buf34, %buf26, %buf36 = memsched.node "op24_op34_op26_op36" (%buf0, %buf18, %buf21, %buf23, %buf31, %buf33, %le, %relu_14, %convolution_17, %unsqueeze_106, %convolution_16, %unsqueeze_118, %squeeze_52, %squeeze_49 : !memsched.buffer<16384>, !memsched.buffer<802816>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<200704>, !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<2048>, !memsched.buffer<802816>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<2048>) -> ("buf24" : !memsched.buffer<802816>, "buf34" : !memsched.buffer<802816>, "buf26" : !memsched.buffer<802816>, "buf36" : !memsched.buffer<802816>)
  %buf27 = memsched.node "op27" (%buf26, %relu_12 : !memsched.buffer<802816>, !memsched.buffer<1605632>) -> ("buf27" : !memsched.buffer<0> {size_alloc = 2129920})
  %buf28 = memsched.node "op28" (%buf27 : !memsched.buffer<0>) -> ("buf28" : !memsched.buffer<1605632> {size_alloc = 0})
  %buf29 = memsched.node "op29" (%buf27 : !memsched.buffer<0>) -> ("buf29" : !memsched.buffer<524288> {size_alloc = 0})
  %buf37 = memsched.node "op37" (%buf36, %relu_13 : !memsched.buffer<802816>, !memsched.buffer<802816>) -> ("buf37" : !memsched.buffer<0> {size_alloc = 10240000})
  %buf38 = memsched.node "op38" (%buf37 : !memsched.buffer<0>) -> ("buf38" : !memsched.buffer<802816> {size_alloc = 0})
  %buf39 = memsched.node "op39" (%buf37 : !memsched.buffer<0>) -> ("buf39" : !memsched.buffer<9437184> {size_alloc = 0})
  %buf40, %buf42 = memsched.node "op40_op42" (%buf38, %relu_13, %convolution_15, %unsqueeze_130 : !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<2048>) -> ("buf40" : !memsched.buffer<8192>, "buf42" : !memsched.buffer<8192>)
  %buf41 = memsched.node "op41" (%buf40 : !memsched.buffer<8192>) -> ("buf41" : !memsched.buffer<2048>)
  %buf43, %buf44 = memsched.node "op43_op44" (%buf42, %squeeze_46 : !memsched.buffer<8192>, !memsched.buffer<2048>) -> ("buf43" : !memsched.buffer<2048>, "buf44" : !memsched.buffer<2048>)
  %buf45 = memsched.node "op45" (%buf38, %buf41, %buf43, %relu_13, %convolution_15, %unsqueeze_130, %squeeze_46 : !memsched.buffer<802816>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<802816>, !memsched.buffer<802816>, !memsched.buffer<2048>, !memsched.buffer<2048>) -> ("buf45" : !memsched.buffer<802816>)
  %buf46 = memsched.node "op46" (%buf45, %relu_12 : !memsched.buffer<802816>, !memsched.buffer<1605632>) -> ("buf46" : !memsched.buffer<0> {size_alloc = 6324224})
  %buf47 = memsched.node "op47" (%buf46 : !memsched.buffer<0>) -> ("buf47" : !memsched.buffer<1605632> {size_alloc = 0})
  %buf48 = memsched.node "op48" (%buf46 : !memsched.buffer<0>) -> ("buf48" : !memsched.buffer<4718592> {size_alloc = 0})
  %buf49, %buf51 = memsched.node "op49_op51" (%buf28, %buf47, %relu_12, %convolution_14, %unsqueeze_142 : !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1024>) -> ("buf49" : !memsched.buffer<13312>, "buf51" : !memsched.buffer<13312>)
  %buf50 = memsched.node "op50" (%buf49 : !memsched.buffer<13312>) -> ("buf50" : !memsched.buffer<1024>)
  %buf52, %buf54 = memsched.node "op52_op54" (%buf51, %squeeze_43 : !memsched.buffer<13312>, !memsched.buffer<1024>) -> ("buf52" : !memsched.buffer<1024>, "buf54" : !memsched.buffer<1024>)
  %buf53 = memsched.node "op53" (%buf28, %buf47, %buf50, %buf52, %relu_12, %convolution_14, %unsqueeze_142, %squeeze_43 : !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1024>, !memsched.buffer<1024>) -> ("buf53" : !memsched.buffer<1605632>)
  %buf55 = memsched.node "op55" (%buf53, %relu_11 : !memsched.buffer<1605632>, !memsched.buffer<1605632>) -> ("buf55" : !memsched.buffer<0> {size_alloc = 3964928})
  %buf56 = memsched.node "op56" (%buf55 : !memsched.buffer<0>) -> ("buf56" : !memsched.buffer<1605632> {size_alloc = 0})
  %buf57 = memsched.node "op57" (%buf55 : !memsched.buffer<0>) -> ("buf57" : !memsched.buffer<2359296> {size_alloc = 0})
  %buf58, %buf60 = memsched.node "op58_op60" (%buf56, %relu_11, %convolution_13, %unsqueeze_154 : !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1024>) -> ("buf58" : !memsched.buffer<13312>, "buf60" : !memsched.buffer<13312>)
  %buf59 = memsched.node "op59" (%buf58 : !memsched.buffer<13312>) -> ("buf59" : !memsched.buffer<1024>)
  %buf61, %buf62 = memsched.node "op61_op62" (%buf60, %squeeze_40 : !memsched.buffer<13312>, !memsched.buffer<1024>) -> ("buf61" : !memsched.buffer<1024>, "buf62" : !memsched.buffer<1024>)
  %buf63 = memsched.node "op63" (%buf56, %buf59, %buf61, %relu_11, %convolution_13, %unsqueeze_154, %squeeze_40 : !memsched.buffer<1605632>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1024>, !memsched.buffer<1024>) -> ("buf63" : !memsched.buffer<1605632>)
  %buf64 = memsched.node "op64" (%buf63, %relu_10 : !memsched.buffer<1605632>, !memsched.buffer<1605632>) -> ("buf64" : !memsched.buffer<0> {size_alloc = 3964928})
  %buf65 = memsched.node "op65" (%buf64 : !memsched.buffer<0>) -> ("buf65" : !memsched.buffer<1605632> {size_alloc = 0})
  %buf66 = memsched.node "op66" (%buf64 : !memsched.buffer<0>) -> ("buf66" : !memsched.buffer<2359296> {size_alloc = 0})
  %buf67 = memsched.node "op67" (%buf28, %buf47, %buf65, %relu_12, %relu_10 : !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1605632>) -> ("buf67" : !memsched.buffer<1605632>)
  %buf68, %buf70, %buf77, %buf79 = memsched.node "op68_op70_op77_op79" (%buf67, %convolution_12, %unsqueeze_166, %convolution_11, %unsqueeze_178 : !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1024>, !memsched.buffer<1605632>, !memsched.buffer<1024>) -> ("buf68" : !memsched.buffer<13312>, "buf70" : !memsched.buffer<13312>, "buf77" : !memsched.buffer<13312>, "buf79" : !memsched.buffer<13312>)
  %buf69 = memsched.node "op69" (%buf68 : !memsched.buffer<13312>) -> ("buf69" : !memsched.buffer<1024>)
  %buf71, %buf72 = memsched.node "op71_op72" (%buf70, %squeeze_37 : !memsched.buffer<13312>, !memsched.buffer<1024>) -> ("buf71" : !memsched.buffer<1024>, "buf72" : !memsched.buffer<1024>)
  %buf78 = memsched.node "op78" (%buf77 : !memsched.buffer<13312>) -> ("buf78" : !memsched.buffer<1024>)
  %buf80, %buf81 = memsched.node "op80_op81" (%buf79, %squeeze_34 : !memsched.buffer<13312>, !memsched.buffer<1024>) -> ("buf80" : !memsched.buffer<1024>, "buf81" : !memsched.buffer<1024>)
  %buf73, %buf82 = memsched.node "op73_op82" (%buf67, %buf69, %buf71, %buf78, %buf80, %convolution_12, %unsqueeze_166, %convolution_11, %unsqueeze_178, %squeeze_37, %squeeze_34 : !memsched.buffer<1605632>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1605632>, !memsched.buffer<1024>, !memsched.buffer<1605632>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1024>) -> ("buf73" : !memsched.buffer<1605632>, "buf82" : !memsched.buffer<1605632>)
  %buf74 = memsched.node "op74" (%buf73, %relu_8 : !memsched.buffer<1605632>, !memsched.buffer<3211264>) -> ("buf74" : !memsched.buffer<0> {size_alloc = 3342336})
  %buf75 = memsched.node "op75" (%buf74 : !memsched.buffer<0>) -> ("buf75" : !memsched.buffer<3211264> {size_alloc = 0})
  %buf76 = memsched.node "op76" (%buf74 : !memsched.buffer<0>) -> ("buf76" : !memsched.buffer<131072> {size_alloc = 0})
  %buf83 = memsched.node "op83" (%buf82, %relu_9 : !memsched.buffer<1605632>, !memsched.buffer<1605632>) -> ("buf83" : !memsched.buffer<0> {size_alloc = 3964928})
  %buf84 = memsched.node "op84" (%buf83 : !memsched.buffer<0>) -> ("buf84" : !memsched.buffer<1605632> {size_alloc = 0})
  %buf85 = memsched.node "op85" (%buf83 : !memsched.buffer<0>) -> ("buf85" : !memsched.buffer<2359296> {size_alloc = 0})
  %buf86, %buf88 = memsched.node "op86_op88" (%buf84, %relu_9, %convolution_10, %unsqueeze_190 : !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1024>) -> ("buf86" : !memsched.buffer<13312>, "buf88" : !memsched.buffer<13312>)
  %buf87 = memsched.node "op87" (%buf86 : !memsched.buffer<13312>) -> ("buf87" : !memsched.buffer<1024>)
  %buf89, %buf90 = memsched.node "op89_op90" (%buf88, %squeeze_31 : !memsched.buffer<13312>, !memsched.buffer<1024>) -> ("buf89" : !memsched.buffer<1024>, "buf90" : !memsched.buffer<1024>)
  %buf91 = memsched.node "op91" (%buf84, %buf87, %buf89, %relu_9, %convolution_10, %unsqueeze_190, %squeeze_31 : !memsched.buffer<1605632>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1605632>, !memsched.buffer<1605632>, !memsched.buffer<1024>, !memsched.buffer<1024>) -> ("buf91" : !memsched.buffer<1605632>)
  %buf92 = memsched.node "op92" (%buf91, %relu_8 : !memsched.buffer<1605632>, !memsched.buffer<3211264>) -> ("buf92" : !memsched.buffer<0> {size_alloc = 4390912})
  %buf93 = memsched.node "op93" (%buf92 : !memsched.buffer<0>) -> ("buf93" : !memsched.buffer<3211264> {size_alloc = 0})
  %buf94 = memsched.node "op94" (%buf92 : !memsched.buffer<0>) -> ("buf94" : !memsched.buffer<1179648> {size_alloc = 0})
  %buf95, %buf97 = memsched.node "op95_op97" (%buf75, %buf93, %relu_8, %convolution_9, %unsqueeze_202 : !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<512>) -> ("buf95" : !memsched.buffer<25088>, "buf97" : !memsched.buffer<25088>)
  %buf96 = memsched.node "op96" (%buf95 : !memsched.buffer<25088>) -> ("buf96" : !memsched.buffer<512>)
  %buf98, %buf100 = memsched.node "op98_op100" (%buf97, %squeeze_28 : !memsched.buffer<25088>, !memsched.buffer<512>) -> ("buf98" : !memsched.buffer<512>, "buf100" : !memsched.buffer<512>)
  %buf99 = memsched.node "op99" (%buf75, %buf93, %buf96, %buf98, %relu_8, %convolution_9, %unsqueeze_202, %squeeze_28 : !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<512>, !memsched.buffer<512>) -> ("buf99" : !memsched.buffer<3211264>)
  %buf101 = memsched.node "op101" (%buf99, %relu_7 : !memsched.buffer<3211264>, !memsched.buffer<3211264>) -> ("buf101" : !memsched.buffer<0> {size_alloc = 3801088})
  %buf102 = memsched.node "op102" (%buf101 : !memsched.buffer<0>) -> ("buf102" : !memsched.buffer<3211264> {size_alloc = 0})
  %buf103 = memsched.node "op103" (%buf101 : !memsched.buffer<0>) -> ("buf103" : !memsched.buffer<589824> {size_alloc = 0})
  %buf104, %buf106 = memsched.node "op104_op106" (%buf102, %relu_7, %convolution_8, %unsqueeze_214 : !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<512>) -> ("buf104" : !memsched.buffer<25088>, "buf106" : !memsched.buffer<25088>)
  %buf105 = memsched.node "op105" (%buf104 : !memsched.buffer<25088>) -> ("buf105" : !memsched.buffer<512>)
  %buf107, %buf108 = memsched.node "op107_op108" (%buf106, %squeeze_25 : !memsched.buffer<25088>, !memsched.buffer<512>) -> ("buf107" : !memsched.buffer<512>, "buf108" : !memsched.buffer<512>)
  %buf109 = memsched.node "op109" (%buf102, %buf105, %buf107, %relu_7, %convolution_8, %unsqueeze_214, %squeeze_25 : !memsched.buffer<3211264>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<512>, !memsched.buffer<512>) -> ("buf109" : !memsched.buffer<3211264>)
  %buf110 = memsched.node "op110" (%buf109, %relu_6 : !memsched.buffer<3211264>, !memsched.buffer<3211264>) -> ("buf110" : !memsched.buffer<0> {size_alloc = 3801088})
  %buf111 = memsched.node "op111" (%buf110 : !memsched.buffer<0>) -> ("buf111" : !memsched.buffer<3211264> {size_alloc = 0})
  %buf112 = memsched.node "op112" (%buf110 : !memsched.buffer<0>) -> ("buf112" : !memsched.buffer<589824> {size_alloc = 0})
  %buf113 = memsched.node "op113" (%buf75, %buf93, %buf111, %relu_8, %relu_6 : !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<3211264>) -> ("buf113" : !memsched.buffer<3211264>)
  %buf114, %buf116, %buf123, %buf125 = memsched.node "op114_op116_op123_op125" (%buf113, %convolution_7, %unsqueeze_226, %convolution_6, %unsqueeze_238 : !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<512>, !memsched.buffer<3211264>, !memsched.buffer<512>) -> ("buf114" : !memsched.buffer<25088>, "buf116" : !memsched.buffer<25088>, "buf123" : !memsched.buffer<25088>, "buf125" : !memsched.buffer<25088>)
  %buf115 = memsched.node "op115" (%buf114 : !memsched.buffer<25088>) -> ("buf115" : !memsched.buffer<512>)
  %buf117, %buf118 = memsched.node "op117_op118" (%buf116, %squeeze_22 : !memsched.buffer<25088>, !memsched.buffer<512>) -> ("buf117" : !memsched.buffer<512>, "buf118" : !memsched.buffer<512>)
  %buf124 = memsched.node "op124" (%buf123 : !memsched.buffer<25088>) -> ("buf124" : !memsched.buffer<512>)
  %buf126, %buf127 = memsched.node "op126_op127" (%buf125, %squeeze_19 : !memsched.buffer<25088>, !memsched.buffer<512>) -> ("buf126" : !memsched.buffer<512>, "buf127" : !memsched.buffer<512>)
  %buf119, %buf128 = memsched.node "op119_op128" (%buf113, %buf115, %buf117, %buf124, %buf126, %convolution_7, %unsqueeze_226, %convolution_6, %unsqueeze_238, %squeeze_22, %squeeze_19 : !memsched.buffer<3211264>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<3211264>, !memsched.buffer<512>, !memsched.buffer<3211264>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<512>) -> ("buf119" : !memsched.buffer<3211264>, "buf128" : !memsched.buffer<3211264>)
  %buf120 = memsched.node "op120" (%buf119, %relu_4 : !memsched.buffer<3211264>, !memsched.buffer<6422528>) -> ("buf120" : !memsched.buffer<0> {size_alloc = 6455296})
  %buf121 = memsched.node "op121" (%buf120 : !memsched.buffer<0>) -> ("buf121" : !memsched.buffer<6422528> {size_alloc = 0})
  %buf122 = memsched.node "op122" (%buf120 : !memsched.buffer<0>) -> ("buf122" : !memsched.buffer<32768> {size_alloc = 0})
  %buf129 = memsched.node "op129" (%buf128, %relu_5 : !memsched.buffer<3211264>, !memsched.buffer<3211264>) -> ("buf129" : !memsched.buffer<0> {size_alloc = 3801088})
  %buf130 = memsched.node "op130" (%buf129 : !memsched.buffer<0>) -> ("buf130" : !memsched.buffer<3211264> {size_alloc = 0})
  %buf131 = memsched.node "op131" (%buf129 : !memsched.buffer<0>) -> ("buf131" : !memsched.buffer<589824> {size_alloc = 0})
  %buf132, %buf134 = memsched.node "op132_op134" (%buf130, %relu_5, %convolution_5, %unsqueeze_250 : !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<512>) -> ("buf132" : !memsched.buffer<25088>, "buf134" : !memsched.buffer<25088>)
  %buf133 = memsched.node "op133" (%buf132 : !memsched.buffer<25088>) -> ("buf133" : !memsched.buffer<512>)
  %buf135, %buf136 = memsched.node "op135_op136" (%buf134, %squeeze_16 : !memsched.buffer<25088>, !memsched.buffer<512>) -> ("buf135" : !memsched.buffer<512>, "buf136" : !memsched.buffer<512>)
  %buf137 = memsched.node "op137" (%buf130, %buf133, %buf135, %relu_5, %convolution_5, %unsqueeze_250, %squeeze_16 : !memsched.buffer<3211264>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<3211264>, !memsched.buffer<3211264>, !memsched.buffer<512>, !memsched.buffer<512>) -> ("buf137" : !memsched.buffer<3211264>)
  %buf138 = memsched.node "op138" (%buf137, %relu_4 : !memsched.buffer<3211264>, !memsched.buffer<6422528>) -> ("buf138" : !memsched.buffer<0> {size_alloc = 6717440})
  %buf139 = memsched.node "op139" (%buf138 : !memsched.buffer<0>) -> ("buf139" : !memsched.buffer<6422528> {size_alloc = 0})
  %buf140 = memsched.node "op140" (%buf138 : !memsched.buffer<0>) -> ("buf140" : !memsched.buffer<294912> {size_alloc = 0})
  %buf141, %buf143 = memsched.node "op141_op143" (%buf121, %buf139, %relu_4, %convolution_4, %unsqueeze_262 : !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<256>) -> ("buf141" : !memsched.buffer<50176>, "buf143" : !memsched.buffer<50176>)
  %buf142 = memsched.node "op142" (%buf141 : !memsched.buffer<50176>) -> ("buf142" : !memsched.buffer<256>)
  %buf144, %buf146 = memsched.node "op144_op146" (%buf143, %squeeze_13 : !memsched.buffer<50176>, !memsched.buffer<256>) -> ("buf144" : !memsched.buffer<256>, "buf146" : !memsched.buffer<256>)
  %buf145 = memsched.node "op145" (%buf121, %buf139, %buf142, %buf144, %relu_4, %convolution_4, %unsqueeze_262, %squeeze_13 : !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<256>, !memsched.buffer<256>) -> ("buf145" : !memsched.buffer<6422528>)
  %buf147 = memsched.node "op147" (%buf145, %relu_3 : !memsched.buffer<6422528>, !memsched.buffer<6422528>) -> ("buf147" : !memsched.buffer<0> {size_alloc = 6569984})
  %buf148 = memsched.node "op148" (%buf147 : !memsched.buffer<0>) -> ("buf148" : !memsched.buffer<6422528> {size_alloc = 0})
  %buf149 = memsched.node "op149" (%buf147 : !memsched.buffer<0>) -> ("buf149" : !memsched.buffer<147456> {size_alloc = 0})
  %buf150, %buf152 = memsched.node "op150_op152" (%buf148, %relu_3, %convolution_3, %unsqueeze_274 : !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<256>) -> ("buf150" : !memsched.buffer<50176>, "buf152" : !memsched.buffer<50176>)
  %buf151 = memsched.node "op151" (%buf150 : !memsched.buffer<50176>) -> ("buf151" : !memsched.buffer<256>)
  %buf153, %buf154 = memsched.node "op153_op154" (%buf152, %squeeze_10 : !memsched.buffer<50176>, !memsched.buffer<256>) -> ("buf153" : !memsched.buffer<256>, "buf154" : !memsched.buffer<256>)
  %buf155 = memsched.node "op155" (%buf148, %buf151, %buf153, %relu_3, %convolution_3, %unsqueeze_274, %squeeze_10 : !memsched.buffer<6422528>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<256>, !memsched.buffer<256>) -> ("buf155" : !memsched.buffer<6422528>)
  %buf156 = memsched.node "op156" (%buf155, %relu_2 : !memsched.buffer<6422528>, !memsched.buffer<6422528>) -> ("buf156" : !memsched.buffer<0> {size_alloc = 6569984})
  %buf157 = memsched.node "op157" (%buf156 : !memsched.buffer<0>) -> ("buf157" : !memsched.buffer<6422528> {size_alloc = 0})
  %buf158 = memsched.node "op158" (%buf156 : !memsched.buffer<0>) -> ("buf158" : !memsched.buffer<147456> {size_alloc = 0})
  %buf159 = memsched.node "op159" (%buf121, %buf139, %buf157, %relu_4, %relu_2 : !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<6422528>) -> ("buf159" : !memsched.buffer<6422528>)
  %buf160, %buf162 = memsched.node "op160_op162" (%buf159, %convolution_2, %unsqueeze_286 : !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<256>) -> ("buf160" : !memsched.buffer<50176>, "buf162" : !memsched.buffer<50176>)
  %buf161 = memsched.node "op161" (%buf160 : !memsched.buffer<50176>) -> ("buf161" : !memsched.buffer<256>)
  %buf163, %buf164 = memsched.node "op163_op164" (%buf162, %squeeze_7 : !memsched.buffer<50176>, !memsched.buffer<256>) -> ("buf163" : !memsched.buffer<256>, "buf164" : !memsched.buffer<256>)
  %buf165 = memsched.node "op165" (%buf159, %buf161, %buf163, %convolution_2, %unsqueeze_286, %squeeze_7 : !memsched.buffer<6422528>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<6422528>, !memsched.buffer<256>, !memsched.buffer<256>) -> ("buf165" : !memsched.buffer<6422528>)
  %buf166 = memsched.node "op166" (%buf165, %relu_1 : !memsched.buffer<6422528>, !memsched.buffer<6422528>) -> ("buf166" : !memsched.buffer<0> {size_alloc = 6569984})
  %buf167 = memsched.node "op167" (%buf166 : !memsched.buffer<0>) -> ("buf167" : !memsched.buffer<6422528> {size_alloc = 0})
  %buf168 = memsched.node "op168" (%buf166 : !memsched.buffer<0>) -> ("buf168" : !memsched.buffer<147456> {size_alloc = 0})
  %buf169, %buf171 = memsched.node "op169_op171" (%buf167, %relu_1, %convolution_1, %unsqueeze_298 : !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<256>) -> ("buf169" : !memsched.buffer<50176>, "buf171" : !memsched.buffer<50176>)
  %buf170 = memsched.node "op170" (%buf169 : !memsched.buffer<50176>) -> ("buf170" : !memsched.buffer<256>)
  %buf172, %buf173 = memsched.node "op172_op173" (%buf171, %squeeze_4 : !memsched.buffer<50176>, !memsched.buffer<256>) -> ("buf172" : !memsched.buffer<256>, "buf173" : !memsched.buffer<256>)
  %buf174 = memsched.node "op174" (%buf167, %buf170, %buf172, %relu_1, %convolution_1, %unsqueeze_298, %squeeze_4 : !memsched.buffer<6422528>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<6422528>, !memsched.buffer<6422528>, !memsched.buffer<256>, !memsched.buffer<256>) -> ("buf174" : !memsched.buffer<6422528>)
  %buf175 = memsched.node "op175" (%buf174, %getitem_2 : !memsched.buffer<6422528>, !memsched.buffer<6422528>) -> ("buf175" : !memsched.buffer<0> {size_alloc = 6569984})
  %buf176 = memsched.node "op176" (%buf175 : !memsched.buffer<0>) -> ("buf176" : !memsched.buffer<6422528> {size_alloc = 0})
  %buf177 = memsched.node "op177" (%buf175 : !memsched.buffer<0>) -> ("buf177" : !memsched.buffer<147456> {size_alloc = 0})
  %buf178 = memsched.node "op178" (%buf159, %buf176 : !memsched.buffer<6422528>, !memsched.buffer<6422528>) -> ("buf178" : !memsched.buffer<6422528>)
  %buf179 = memsched.node "op179" (%buf178, %getitem_3 : !memsched.buffer<6422528>, !memsched.buffer<6422528>) -> ("buf179" : !memsched.buffer<25690112>)
  %buf180, %buf182 = memsched.node "op180_op182" (%buf179, %relu, %convolution, %unsqueeze_310 : !memsched.buffer<25690112>, !memsched.buffer<25690112>, !memsched.buffer<25690112>, !memsched.buffer<256>) -> ("buf180" : !memsched.buffer<200704>, "buf182" : !memsched.buffer<200704>)
  %buf181 = memsched.node "op181" (%buf180 : !memsched.buffer<200704>) -> ("buf181" : !memsched.buffer<256>)
  %buf183, %buf184 = memsched.node "op183_op184" (%buf182, %squeeze_1 : !memsched.buffer<200704>, !memsched.buffer<256>) -> ("buf183" : !memsched.buffer<256>, "buf184" : !memsched.buffer<256>)
  %buf185 = memsched.node "op185" (%buf179, %buf181, %buf183, %relu, %convolution, %unsqueeze_310, %squeeze_1 : !memsched.buffer<25690112>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<25690112>, !memsched.buffer<25690112>, !memsched.buffer<256>, !memsched.buffer<256>) -> ("buf185" : !memsched.buffer<25690112>)
  %buf186 = memsched.node "op186" (%buf185 : !memsched.buffer<25690112>) -> ("buf186" : !memsched.buffer<0> {size_alloc = 37632})
  %buf187 = memsched.node "op187" (%buf186 : !memsched.buffer<0>) -> ("buf187" : !memsched.buffer<37632> {size_alloc = 0})
  memsched.output %buf1, %buf2, %buf6, %buf3, %buf10, %buf12, %buf15, %buf19, %buf21, %buf25, %buf31, %buf35, %buf29, %buf39, %buf41, %buf44, %buf48, %buf50, %buf54, %buf57, %buf59, %buf62, %buf66, %buf69, %buf72, %buf78, %buf81, %buf76, %buf85, %buf87, %buf90, %buf94, %buf96, %buf100, %buf103, %buf105, %buf108, %buf112, %buf115, %buf118, %buf124, %buf127, %buf122, %buf131, %buf133, %buf136, %buf140, %buf142, %buf146, %buf149, %buf151, %buf154, %buf158, %buf161, %buf164, %buf168, %buf170, %buf173, %buf177, %buf181, %buf184, %buf187 : !memsched.buffer<2048000>, !memsched.buffer<4000>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<9437184>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<9437184>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<524288>, !memsched.buffer<9437184>, !memsched.buffer<2048>, !memsched.buffer<2048>, !memsched.buffer<4718592>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<2359296>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<2359296>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<131072>, !memsched.buffer<2359296>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1179648>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<589824>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<589824>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<32768>, !memsched.buffer<589824>, !memsched.buffer<512>, !memsched.buffer<512>, !memsched.buffer<294912>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<147456>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<147456>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<147456>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<147456>, !memsched.buffer<256>, !memsched.buffer<256>, !memsched.buffer<37632>
}
