// Converted from the Inductor corpus graph squeezenet1_1_train_g1.json (PyTorch 2.11).
memsched.graph @squeezenet1_1_train_g1 {
  %le = memsched.input "le" freeable : !memsched.buffer<1352000>
  %mul_1 = memsched.input "mul_1" freeable : !memsched.buffer<2768896>
  %le_1 = memsched.input "le_1" freeable : !memsched.buffer<346112>
  %gt = memsched.input "gt" freeable : !memsched.buffer<346112>
  %relu_22 = memsched.input "relu_22" freeable : !memsched.buffer<346112>
  %le_2 = memsched.input "le_2" freeable : !memsched.buffer<346112>
  %cat_6 = memsched.input "cat_6" freeable : !memsched.buffer<2768896>
  %le_4 = memsched.input "le_4" freeable : !memsched.buffer<346112>
  %relu_19 = memsched.input "relu_19" freeable : !memsched.buffer<346112>
  %le_5 = memsched.input "le_5" freeable : !memsched.buffer<346112>
  %cat_5 = memsched.input "cat_5" freeable : !memsched.buffer<2076672>
  %le_7 = memsched.input "le_7" freeable : !memsched.buffer<259584>
  %relu_16 = memsched.input "relu_16" freeable : !memsched.buffer<259584>
  %le_8 = memsched.input "le_8" freeable : !memsched.buffer<259584>
  %cat_4 = memsched.input "cat_4" freeable : !memsched.buffer<2076672>
  %le_10 = memsched.input "le_10" freeable : !memsched.buffer<259584>
  %relu_13 = memsched.input "relu_13" freeable : !memsched.buffer<259584>
  %le_11 = memsched.input "le_11" freeable : !memsched.buffer<259584>
  %getitem_4 = memsched.input "getitem_4" freeable : !memsched.buffer<1384448>
  %getitem_5 = memsched.input "getitem_5" freeable : !memsched.buffer<1492992>
  %le_13 = memsched.input "le_13" freeable : !memsched.buffer<746496>
  %relu_10 = memsched.input "relu_10" freeable : !memsched.buffer<746496>
  %le_14 = memsched.input "le_14" freeable : !memsched.buffer<746496>
  %cat_2 = memsched.input "cat_2" freeable : !memsched.buffer<5971968>
  %le_16 = memsched.input "le_16" freeable : !memsched.buffer<746496>
  %relu_7 = memsched.input "relu_7" freeable : !memsched.buffer<746496>
  %le_17 = memsched.input "le_17" freeable : !memsched.buffer<746496>
  %getitem_2 = memsched.input "getitem_2" freeable : !memsched.buffer<2985984>
  %getitem_3 = memsched.input "getitem_3" freeable : !memsched.buffer<3097600>
  %le_19 = memsched.input "le_19" freeable : !memsched.buffer<1548800>
  %relu_4 = memsched.input "relu_4" freeable : !memsched.buffer<1548800>
  %le_20 = memsched.input "le_20" freeable : !memsched.buffer<1548800>
  %cat = memsched.input "cat" freeable : !memsched.buffer<12390400>
  %le_22 = memsched.input "le_22" freeable : !memsched.buffer<1548800>
  %relu_1 = memsched.input "relu_1" freeable : !memsched.buffer<1548800>
  %le_23 = memsched.input "le_23" freeable : !memsched.buffer<1548800>
  %getitem = memsched.input "getitem" freeable : !memsched.buffer<6195200>
  %getitem_1 = memsched.input "getitem_1" freeable : !memsched.buffer<6308352>
  %relu = memsched.input "relu" freeable : !memsched.buffer<25233408>
  %buf0, %buf1 = memsched.node "op0_op1" (%le : !memsched.buffer<1352000>) -> ("buf0" : !memsched.buffer<5408000>, "buf1" : !memsched.buffer<4000>)
  %buf2 = memsched.node "op2" (%buf0, %mul_1 : !memsched.buffer<5408000>, !memsched.buffer<2768896>) -> ("buf2" : !memsched.buffer<0> {size_alloc = 4816896})
  %buf3 = memsched.node "op3" (%buf2 : !memsched.buffer<0>) -> ("buf3" : !memsched.buffer<2768896> {size_alloc = 0})
  %buf4 = memsched.node "op4" (%buf2 : !memsched.buffer<0>) -> ("buf4" : !memsched.buffer<2048000> {size_alloc = 0})
  %buf5 = memsched.node "op5" (%buf3, %le_1, %gt : !memsched.buffer<2768896>, !memsched.buffer<346112>, !memsched.buffer<346112>) -> ("buf5" : !memsched.buffer<1384448>)
  %buf6 = memsched.node "op6" (%buf5 : !memsched.buffer<1384448>) -> ("buf6" : !memsched.buffer<11264>)
  %buf7 = memsched.node "op7" (%buf6 : !memsched.buffer<11264>) -> ("buf7" : !memsched.buffer<1024>)
  %buf8 = memsched.node "op8" (%buf5, %relu_22 : !memsched.buffer<1384448>, !memsched.buffer<346112>) -> ("buf8" : !memsched.buffer<0> {size_alloc = 935936})
  %buf9 = memsched.node "op9" (%buf8 : !memsched.buffer<0>) -> ("buf9" : !memsched.buffer<346112> {size_alloc = 0})
  %buf10 = memsched.node "op10" (%buf8 : !memsched.buffer<0>) -> ("buf10" : !memsched.buffer<589824> {size_alloc = 0})
  %buf11 = memsched.node "op11" (%buf3, %gt, %le_2 : !memsched.buffer<2768896>, !memsched.buffer<346112>, !memsched.buffer<346112>) -> ("buf11" : !memsched.buffer<1384448>)
  %buf12 = memsched.node "op12" (%buf11 : !memsched.buffer<1384448>) -> ("buf12" : !memsched.buffer<11264>)
  %buf13 = memsched.node "op13" (%buf12 : !memsched.buffer<11264>) -> ("buf13" : !memsched.buffer<1024>)
  %buf14 = memsched.node "op14" (%buf11, %relu_22 : !memsched.buffer<1384448>, !memsched.buffer<346112>) -> ("buf14" : !memsched.buffer<0> {size_alloc = 411648})
  %buf15 = memsched.node "op15" (%buf14 : !memsched.buffer<0>) -> ("buf15" : !memsched.buffer<346112> {size_alloc = 0})
  %buf16 = memsched.node "op16" (%buf14 : !memsched.buffer<0>) -> ("buf16" : !memsched.buffer<65536> {size_alloc = 0})
  %buf17 = memsched.node "op17" (%buf9, %buf15, %relu_22 : !memsched.buffer<346112>, !memsched.buffer<346112>, !memsched.buffer<346112>) -> ("buf17" : !memsched.buffer<346112>)
  %buf18 = memsched.node "op18" (%buf17 : !memsched.buffer<346112>) -> ("buf18" : !memsched.buffer<2816>)
  %buf19 = memsched.node "op19" (%buf18 : !memsched.buffer<2816>) -> ("buf19" : !memsched.buffer<256>)
  %buf20 = memsched.node "op20" (%buf17, %cat_6 : !memsched.buffer<346112>, !memsched.buffer<2768896>) -> ("buf20" : !memsched.buffer<0> {size_alloc = 2899968})
  %buf21 = memsched.node "op21" (%buf20 : !memsched.buffer<0>) -> ("buf21" : !memsched.buffer<2768896> {size_alloc = 0})
  %buf22 = memsched.node "op22" (%buf20 : !memsched.buffer<0>) -> ("buf22" : !memsched.buffer<131072> {size_alloc = 0})
  %buf23 = memsched.node "op23" (%buf21, %le_4 : !memsched.buffer<2768896>, !memsched.buffer<346112>) -> ("buf23" : !memsched.buffer<1384448>)
  %buf24 = memsched.node "op24" (%buf23 : !memsched.buffer<1384448>) -> ("buf24" : !memsched.buffer<11264>)
  %buf25 = memsched.node "op25" (%buf24 : !memsched.buffer<11264>) -> ("buf25" : !memsched.buffer<1024>)
  %buf26 = memsched.node "op26" (%buf23, %relu_19 : !memsched.buffer<1384448>, !memsched.buffer<346112>) -> ("buf26" : !memsched.buffer<0> {size_alloc = 935936})
  %buf27 = memsched.node "op27" (%buf26 : !memsched.buffer<0>) -> ("buf27" : !memsched.buffer<346112> {size_alloc = 0})
  %buf28 = memsched.node "op28" (%buf26 : !memsched.buffer<0>) -> ("buf28" : !memsched.buffer<589824> {size_alloc = 0})
  %buf29 = memsched.node "op29" (%buf21, %le_5 : !memsched.buffer<2768896>, !memsched.buffer<346112>) -> ("buf29" : !memsched.buffer<1384448>)
  %buf30 = memsched.node "op30" (%buf29 : !memsched.buffer<1384448>) -> ("buf30" : !memsched.buffer<11264>)
  %buf31 = memsched.node "op31" (%buf30 : !memsched.buffer<11264>) -> ("buf31" : !memsched.buffer<1024>)
  %buf32 = memsched.node "op32" (%buf29, %relu_19 : !memsched.buffer<1384448>, !memsched.buffer<346112>) -> ("buf32" : !memsched.buffer<0> {size_alloc = 411648})
  %buf33 = memsched.node "op33" (%buf32 : !memsched.buffer<0>) -> ("buf33" : !memsched.buffer<346112> {size_alloc = 0})
  %buf34 = memsched.node "op34" (%buf32 : !memsched.buffer<0>) -> ("buf34" : !memsched.buffer<65536> {size_alloc = 0})
  %buf35 = memsched.node "op35" (%buf27, %buf33, %relu_19 : !memsched.buffer<346112>, !memsched.buffer<346112>, !memsched.buffer<346112>) -> ("buf35" : !memsched.buffer<346112>)
  %buf36 = memsched.node "op36" (%buf35 : !memsched.buffer<346112>) -> ("buf36" : !memsched.buffer<2816>)
  %buf37 = memsched.node "op37" (%buf36 : !memsched.buffer<2816>) -> ("buf37" : !memsched.buffer<256>)
  %buf38 = memsched.node "op38" (%buf35, %cat_5 : !memsched.buffer<346112>, !memsched.buffer<2076672>) -> ("buf38" : !memsched.buffer<0> {size_alloc = 2174976})
  %buf39 = memsched.node "op39" (%buf38 : !memsched.buffer<0>) -> ("buf39" : !memsched.buffer<2076672> {size_alloc = 0})
  %buf40 = memsched.node "op40" (%buf38 : !memsched.buffer<0>) -> ("buf40" : !memsched.buffer<98304> {size_alloc = 0})
  %buf41 = memsched.node "op41" (%buf39, %le_7 : !memsched.buffer<2076672>, !memsched.buffer<259584>) -> ("buf41" : !memsched.buffer<1038336>)
  %buf42 = memsched.node "op42" (%buf41 : !memsched.buffer<1038336>) -> ("buf42" : !memsched.buffer<8448>)
  %buf43 = memsched.node "op43" (%buf42 : !memsched.buffer<8448>) -> ("buf43" : !memsched.buffer<768>)
  %buf44 = memsched.node "op44" (%buf41, %relu_16 : !memsched.buffer<1038336>, !memsched.buffer<259584>) -> ("buf44" : !memsched.buffer<0> {size_alloc = 591360})
  %buf45 = memsched.node "op45" (%buf44 : !memsched.buffer<0>) -> ("buf45" : !memsched.buffer<259584> {size_alloc = 0})
  %buf46 = memsched.node "op46" (%buf44 : !memsched.buffer<0>) -> ("buf46" : !memsched.buffer<331776> {size_alloc = 0})
  %buf47 = memsched.node "op47" (%buf39, %le_8 : !memsched.buffer<2076672>, !memsched.buffer<259584>) -> ("buf47" : !memsched.buffer<1038336>)
  %buf48 = memsched.node "op48" (%buf47 : !memsched.buffer<1038336>) -> ("buf48" : !memsched.buffer<8448>)
  %buf49 = memsched.node "op49" (%buf48 : !memsched.buffer<8448>) -> ("buf49" : !memsched.buffer<768>)
  %buf50 = memsched.node "op50" (%buf47, %relu_16 : !memsched.buffer<1038336>, !memsched.buffer<259584>) -> ("buf50" : !memsched.buffer<0> {size_alloc = 296448})
  %buf51 = memsched.node "op51" (%buf50 : !memsched.buffer<0>) -> ("buf51" : !memsched.buffer<259584> {size_alloc = 0})
  %buf52 = memsched.node "op52" (%buf50 : !memsched.buffer<0>) -> ("buf52" : !memsched.buffer<36864> {size_alloc = 0})
  %buf53 = memsched.node "op53" (%buf45, %buf51, %relu_16 : !memsched.buffer<259584>, !memsched.buffer<259584>, !memsched.buffer<259584>) -> ("buf53" : !memsched.buffer<259584>)
  %buf54 = memsched.node "op54" (%buf53 : !memsched.buffer<259584>) -> ("buf54" : !memsched.buffer<2112>)
  %buf55 = memsched.node "op55" (%buf54 : !memsched.buffer<2112>) -> ("buf55" : !memsched.buffer<192>)
  %buf56 = memsched.node "op56" (%buf53, %cat_4 : !memsched.buffer<259584>, !memsched.buffer<2076672>) -> ("buf56" : !memsched.buffer<0> {size_alloc = 2150400})
  %buf57 = memsched.node "op57" (%buf56 : !memsched.buffer<0>) -> ("buf57" : !memsched.buffer<2076672> {size_alloc = 0})
  %buf58 = memsched.node "op58" (%buf56 : !memsched.buffer<0>) -> ("buf58" : !memsched.buffer<73728> {size_alloc = 0})
  %buf59 = memsched.node "op59" (%buf57, %le_10 : !memsched.buffer<2076672>, !memsched.buffer<259584>) -> ("buf59" : !memsched.buffer<1038336>)
  %buf60 = memsched.node "op60" (%buf59 : !memsched.buffer<1038336>) -> ("buf60" : !memsched.buffer<8448>)
  %buf61 = memsched.node "op61" (%buf60 : !memsched.buffer<8448>) -> ("buf61" : !memsched.buffer<768>)
  %buf62 = memsched.node "op62" (%buf59, %relu_13 : !memsched.buffer<1038336>, !memsched.buffer<259584>) -> ("buf62" : !memsched.buffer<0> {size_alloc = 591360})
  %buf63 = memsched.node "op63" (%buf62 : !memsched.buffer<0>) -> ("buf63" : !memsched.buffer<259584> {size_alloc = 0})
  %buf64 = memsched.node "op64" (%buf62 : !memsched.buffer<0>) -> ("buf64" : !memsched.buffer<331776> {size_alloc = 0})
  %buf65 = memsched.node "op65" (%buf57, %le_11 : !memsched.buffer<2076672>, !memsched.buffer<259584>) -> ("buf65" : !memsched.buffer<1038336>)
  %buf66 = memsched.node "op66" (%buf65 : !memsched.buffer<1038336>) -> ("buf66" : !memsched.buffer<8448>)
  %buf67 = memsched.node "op67" (%buf66 : !memsched.buffer<8448>) -> ("buf67" : !memsched.buffer<768>)
  %buf68 = memsched.node "op68" (%buf65, %relu_13 : !memsched.buffer<1038336>, !memsched.buffer<259584>) -> ("buf68" : !memsched.buffer<0> {size_alloc = 296448})
  %buf69 = memsched.node "op69" (%buf68 : !memsched.buffer<0>) -> ("buf69" : !memsched.buffer<259584> {size_alloc = 0})
  %buf70 = memsched.node "op70" (%buf68 : !memsched.buffer<0>) -> ("buf70" : !memsched.buffer<36864> {size_alloc = 0})
  %buf71 = memsched.node "op71" (%buf63, %buf69, %relu_13 : !memsched.buffer<259584>, !memsched.buffer<259584>, !memsched.buffer<259584>) -> ("buf71" : !memsched.buffer<259584>)
  %buf72 = memsched.node "op72" (%buf71 : !memsched.buffer<259584>) -> ("buf72" : !memsched.buffer<2112>)
  %buf73 = memsched.node "op73" (%buf72 : !memsched.buffer<2112>) -> ("buf73" : !memsched.buffer<192>)
  %buf74 = memsched.node "op74" (%buf71, %getitem_4 : !memsched.buffer<259584>, !memsched.buffer<1384448>) -> ("buf74" : !memsched.buffer<0> {size_alloc = 1433600})
  %buf75 = memsched.node "op75" (%buf74 : !memsched.buffer<0>) -> ("buf75" : !memsched.buffer<1384448> {size_alloc = 0})
  %buf76 = memsched.node "op76" (%buf74 : !memsched.buffer<0>) -> ("buf76" : !memsched.buffer<49152> {size_alloc = 0})
  %buf77 = memsched.node "op77" (%buf75, %getitem_5 : !memsched.buffer<1384448>, !memsched.buffer<1492992>) -> ("buf77" : !memsched.buffer<5971968>)
  %buf78 = memsched.node "op78" (%buf77, %le_13 : !memsched.buffer<5971968>, !memsched.buffer<746496>) -> ("buf78" : !memsched.buffer<2985984>)
  %buf79 = memsched.node "op79" (%buf78 : !memsched.buffer<2985984>) -> ("buf79" : !memsched.buffer<23552>)
  %buf80 = memsched.node "op80" (%buf79 : !memsched.buffer<23552>) -> ("buf80" : !memsched.buffer<512>)
  %buf81 = memsched.node "op81" (%buf78, %relu_10 : !memsched.buffer<2985984>, !memsched.buffer<746496>) -> ("buf81" : !memsched.buffer<0> {size_alloc = 893952})
  %buf82 = memsched.node "op82" (%buf81 : !memsched.buffer<0>) -> ("buf82" : !memsched.buffer<746496> {size_alloc = 0})
  %buf83 = memsched.node "op83" (%buf81 : !memsched.buffer<0>) -> ("buf83" : !memsched.buffer<147456> {size_alloc = 0})
  %buf84 = memsched.node "op84" (%buf77, %le_14 : !memsched.buffer<5971968>, !memsched.buffer<746496>) -> ("buf84" : !memsched.buffer<2985984>)
  %buf85 = memsched.node "op85" (%buf84 : !memsched.buffer<2985984>) -> ("buf85" : !memsched.buffer<23552>)
  %buf86 = memsched.node "op86" (%buf85 : !memsched.buffer<23552>) -> ("buf86" : !memsched.buffer<512>)
  %buf87 = memsched.node "op87" (%buf84, %relu_10 : !memsched.buffer<2985984>, !memsched.buffer<746496>) -> ("buf87" : !memsched.buffer<0> {size_alloc = 762880})
  %buf88 = memsched.node "op88" (%buf87 : !memsched.buffer<0>) -> ("buf88" : !memsched.buffer<746496> {size_alloc = 0})
  %buf89 = memsched.node "op89" (%buf87 : !memsched.buffer<0>) -> ("buf89" : !memsched.buffer<16384> {size_alloc = 0})
  %buf90 = memsched.node "op90" (%buf82, %buf88, %relu_10 : !memsched.buffer<746496>, !memsched.buffer<746496>, !memsched.buffer<746496>) -> ("buf90" : !memsched.buffer<746496>)
  %buf91 = memsched.node "op91" (%buf90 : !memsched.buffer<746496>) -> ("buf91" : !memsched.buffer<5888>)
  %buf92 = memsched.node "op92" (%buf91 : !memsched.buffer<5888>) -> ("buf92" : !memsched.buffer<128>)
  %buf93 = memsched.node "op93" (%buf90, %cat_2 : !memsched.buffer<746496>, !memsched.buffer<5971968>) -> ("buf93" : !memsched.buffer<0> {size_alloc = 6004736})
  %buf94 = memsched.node "op94" (%buf93 : !memsched.buffer<0>) -> ("buf94" : !memsched.buffer<5971968> {size_alloc = 0})
  %buf95 = memsched.node "op95" (%buf93 : !memsched.buffer<0>) -> ("buf95" : !memsched.buffer<32768> {size_alloc = 0})
  %buf96 = memsched.node "op96" (%buf94, %le_16 : !memsched.buffer<5971968>, !memsched.buffer<746496>) -> ("buf96" : !memsched.buffer<2985984>)
  %buf97 = memsched.node "op97" (%buf96 : !memsched.buffer<2985984>) -> ("buf97" : !memsched.buffer<23552>)
  %buf98 = memsched.node "op98" (%buf97 : !memsched.buffer<23552>) -> ("buf98" : !memsched.buffer<512>)
  %buf99 = memsched.node "op99" (%buf96, %relu_7 : !memsched.buffer<2985984>, !memsched.buffer<746496>) -> ("buf99" : !memsched.buffer<0> {size_alloc = 893952})
  %buf100 = memsched.node "op100" (%buf99 : !memsched.buffer<0>) -> ("buf100" : !memsched.buffer<746496> {size_alloc = 0})
  %buf101 = memsched.node "op101" (%buf99 : !memsched.buffer<0>) -> ("buf101" : !memsched.buffer<147456> {size_alloc = 0})
  %buf102 = memsched.node "op102" (%buf94, %le_17 : !memsched.buffer<5971968>, !memsched.buffer<746496>) -> ("buf102" : !memsched.buffer<2985984>)
  %buf103 = memsched.node "op103" (%buf102 : !memsched.buffer<2985984>) -> ("buf103" : !memsched.buffer<23552>)
  %buf104 = memsched.node "op104" (%buf103 : !memsched.buffer<23552>) -> ("buf104" : !memsched.buffer<512>)
  %buf105 = memsched.node "op105" (%buf102, %relu_7 : !memsched.buffer<2985984>, !memsched.buffer<746496>) -> ("buf105" : !memsched.buffer<0> {size_alloc = 762880})
  %buf106 = memsched.node "op106" (%buf105 : !memsched.buffer<0>) -> ("buf106" : !memsched.buffer<746496> {size_alloc = 0})
  %buf107 = memsched.node "op107" (%buf105 : !memsched.buffer<0>) -> ("buf107" : !memsched.buffer<16384> {size_alloc = 0})
  %buf108 = memsched.node "op108" (%buf100, %buf106, %relu_7 : !memsched.buffer<746496>, !memsched.buffer<746496>, !memsched.buffer<746496>) -> ("buf108" : !memsched.buffer<746496>)
  %buf109 = memsched.node "op109" (%buf108 : !memsched.buffer<746496>) -> ("buf109" : !memsched.buffer<5888>)
  %buf110 = memsched.node "op110" (%buf109 : !memsched.buffer<5888>) -> ("buf110" : !memsched.buffer<128>)
  %buf111 = memsched.node "op111" (%buf108, %getitem_2 : !memsched.buffer<746496>, !memsched.buffer<2985984>) -> ("buf111" : !memsched.buffer<0> {size_alloc = 3002368})
  %buf112 = memsched.node "op112" (%buf111 : !memsched.buffer<0>) -> ("buf112" : !memsched.buffer<2985984> {size_alloc = 0})
  %buf113 = memsched.node "op113" (%buf111 : !memsched.buffer<0>) -> ("buf113" : !memsched.buffer<16384> {size_alloc = 0})
  %buf114 = memsched.node "op114" (%buf112, %getitem_3 : !memsched.buffer<2985984>, !memsched.buffer<3097600>) -> ("buf114" : !memsched.buffer<12390400>)
  %buf115 = memsched.node "op115" (%buf114, %le_19 : !memsched.buffer<12390400>, !memsched.buffer<1548800>) -> ("buf115" : !memsched.buffer<6195200>)
  %buf116 = memsched.node "op116" (%buf115 : !memsched.buffer<6195200>) -> ("buf116" : !memsched.buffer<48640>)
  %buf117 = memsched.node "op117" (%buf116 : !memsched.buffer<48640>) -> ("buf117" : !memsched.buffer<256>)
  %buf118 = memsched.node "op118" (%buf115, %relu_4 : !memsched.buffer<6195200>, !memsched.buffer<1548800>) -> ("buf118" : !memsched.buffer<0> {size_alloc = 1585664})
  %buf119 = memsched.node "op119" (%buf118 : !memsched.buffer<0>) -> ("buf119" : !memsched.buffer<1548800> {size_alloc = 0})
  %buf120 = memsched.node "op120" (%buf118 : !memsched.buffer<0>) -> ("buf120" : !memsched.buffer<36864> {size_alloc = 0})
  %buf121 = memsched.node "op121" (%buf114, %le_20 : !memsched.buffer<12390400>, !memsched.buffer<1548800>) -> ("buf121" : !memsched.buffer<6195200>)
  %buf122 = memsched.node "op122" (%buf121 : !memsched.buffer<6195200>) -> ("buf122" : !memsched.buffer<48640>)
  %buf123 = memsched.node "op123" (%buf122 : !memsched.buffer<48640>) -> ("buf123" : !memsched.buffer<256>)
  %buf124 = memsched.node "op124" (%buf121, %relu_4 : !memsched.buffer<6195200>, !memsched.buffer<1548800>) -> ("buf124" : !memsched.buffer<0> {size_alloc = 1552896})
  %buf125 = memsched.node "op125" (%buf124 : !memsched.buffer<0>) -> ("buf125" : !memsched.buffer<1548800> {size_alloc = 0})
  %buf126 = memsched.node "op126" (%buf124 : !memsched.buffer<0>) -> ("buf126" : !memsched.buffer<4096> {size_alloc = 0})
  %buf127 = memsched.node "op127" (%buf119, %buf125, %relu_4 : !memsched.buffer<1548800>, !memsched.buffer<1548800>, !memsched.buffer<1548800>) -> ("buf127" : !memsched.buffer<1548800>)
  %buf128 = memsched.node "op128" (%buf127 : !memsched.buffer<1548800>) -> ("buf128" : !memsched.buffer<12160>)
  %buf129 = memsched.node "op129" (%buf128 : !memsched.buffer<12160>) -> ("buf129" : !memsched.buffer<64>)
  %buf130 = memsched.node "op130" (%buf127, %cat : !memsched.buffer<1548800>, !memsched.buffer<12390400>) -> ("buf130" : !memsched.buffer<0> {size_alloc = 12398592})
  %buf131 = memsched.node "op131" (%buf130 : !memsched.buffer<0>) -> ("buf131" : !memsched.buffer<12390400> {size_alloc = 0})
  %buf132 = memsched.node "op132" (%buf130 : !memsched.buffer<0>) -> ("buf132" : !memsched.buffer<8192> {size_alloc = 0})
  %buf133 = memsched.node "op133" (%buf131, %le_22 : !memsched.buffer<12390400>, !memsched.buffer<1548800>) -> ("buf133" : !memsched.buffer<6195200>)
  %buf134 = memsched.node "op134" (%buf133 : !memsched.buffer<6195200>) -> ("buf134" : !memsched.buffer<48640>)
  %buf135 = memsched.node "op135" (%buf134 : !memsched.buffer<48640>) -> ("buf135" : !memsched.buffer<256>)
  %buf136 = memsched.node "op136" (%buf133, %relu_1 : !memsched.buffer<6195200>, !memsched.buffer<1548800>) -> ("buf136" : !memsched.buffer<0> {size_alloc = 1585664})
  %buf137 = memsched.node "op137" (%buf136 : !memsched.buffer<0>) -> ("buf137" : !memsched.buffer<1548800> {size_alloc = 0})
  %buf138 = memsched.node "op138" (%buf136 : !memsched.buffer<0>) -> ("buf138" : !memsched.buffer<36864> {size_alloc = 0})
  %buf139 = memsched.node "op139" (%buf131, %le_23 : !memsched.buffer<12390400>, !memsched.buffer<1548800>) -> ("buf139" : !memsched.buffer<6195200>)
  %buf140 = memsched.node "op140" (%buf139 : !memsched.buffer<6195200>) -> ("buf140" : !memsched.buffer<48640>)
  %buf141 = memsched.node "op141" (%buf140 : !memsched.buffer<48640>) -> ("buf141" : !memsched.buffer<256>)
  %buf142 = memsched.node "op142" (%buf139, %relu_1 : !memsched.buffer<6195200>, !memsched.buffer<1548800>) -> ("buf142" : !memsched.buffer<0> {size_alloc = 1552896})
  %buf143 = memsched.node "op143" (%buf142 : !memsched.buffer<0>) -> ("buf143" : !memsched.buffer<1548800> {size_alloc = 0})
  %buf144 = memsched.node "op144" (%buf142 : !memsched.buffer<0>) -> ("buf144" : !memsched.buffer<4096> {size_alloc = 0})
  %buf145 = memsched.node "op145" (%buf137, %buf143, %relu_1 : !memsched.buffer<1548800>, !memsched.buffer<1548800>, !memsched.buffer<1548800>) -> ("buf145" : !memsched.buffer<1548800>)
  %buf146 = memsched.node "op146" (%buf145 : !memsched.buffer<1548800>) -> ("buf146" : !memsched.buffer<12160>)
  %buf147 = memsched.node "op147" (%buf146 : !memsched.buffer<12160>) -> ("buf147" : !memsched.buffer<64>)
  %buf148 = memsched.node "op148" (%buf145, %getitem : !memsched.buffer<1548800>, !memsched.buffer<6195200>) -> ("buf148" : !memsched.buffer<0> {size_alloc = 6199296})
  %buf149 = memsched.node "op149" (%buf148 : !memsched.buffer<0>) -> ("buf149" : !memsched.buffer<6195200> {size_alloc = 0})
  %buf150 = memsched.node "op150" (%buf148 : !memsched.buffer<0>) -> ("buf150" : !memsched.buffer<4096> {size_alloc = 0})
  %buf151, %buf152 = memsched.node "op151_op152" (%buf149, %getitem_1, %relu : !memsched.buffer<6195200>, !memsched.buffer<6308352>, !memsched.buffer<25233408>) -> ("buf151" : !memsched.buffer<25233408>, "buf152" : !memsched.buffer<25233408>)
  %buf153 = memsched.node "op153" (%buf152 : !memsched.buffer<25233408>) -> ("buf153" : !memsched.buffer<197376>)
  %buf154 = memsched.node "op154" (%buf153 : !memsched.buffer<197376>) -> ("buf154" : !memsched.buffer<256>)
  %buf155 = memsched.node "op155" (%buf152 : !memsched.buffer<25233408>) -> ("buf155" : !memsched.buffer<0> {size_alloc = 6912})
  %buf156 = memsched.node "op156" (%buf155 : !memsched.buffer<0>) -> ("buf156" : !memsched.buffer<6912> {size_alloc = 0})
  memsched.output %buf1, %buf4, %buf7, %buf10, %buf13, %buf16, %buf19, %buf22, %buf25, %buf28, %buf31, %buf34, %buf37, %buf40, %buf43, %buf46, %buf49, %buf52, %buf55, %buf58, %buf61, %buf64, %buf67, %buf70, %buf73, %buf76, %buf80, %buf83, %buf86, %buf89, %buf92, %buf95, %buf98, %buf101, %buf104, %buf107, %buf110, %buf113, %buf117, %buf120, %buf123, %buf126, %buf129, %buf132, %buf135, %buf138, %buf141, %buf144, %buf147, %buf150, %buf154, %buf156 : !memsched.buffer<4000>, !memsched.buffer<2048000>, !memsched.buffer<1024>, !memsched.buffer<589824>, !memsched.buffer<1024>, !memsched.buffer<65536>, !memsched.buffer<256>, !memsched.buffer<131072>, !memsched.buffer<1024>, !memsched.buffer<589824>, !memsched.buffer<1024>, !memsched.buffer<65536>, !memsched.buffer<256>, !memsched.buffer<98304>, !memsched.buffer<768>, !memsched.buffer<331776>, !memsched.buffer<768>, !memsched.buffer<36864>, !memsched.buffer<192>, !memsched.buffer<73728>, !memsched.buffer<768>, !memsched.buffer<331776>, !memsched.buffer<768>, !memsched.buffer<36864>, !memsched.buffer<192>, !memsched.buffer<49152>, !memsched.buffer<512>, !memsched.buffer<147456>, !memsched.buffer<512>, !memsched.buffer<16384>, !memsched.buffer<128>, !memsched.buffer<32768>, !memsched.buffer<512>, !memsched.buffer<147456>, !memsched.buffer<512>, !memsched.buffer<16384>, !memsched.buffer<128>, !memsched.buffer<16384>, !memsched.buffer<256>, !memsched.buffer<36864>, !memsched.buffer<256>, !memsched.buffer<4096>, !memsched.buffer<64>, !memsched.buffer<8192>, !memsched.buffer<256>, !memsched.buffer<36864>, !memsched.buffer<256>, !memsched.buffer<4096>, !memsched.buffer<64>, !memsched.buffer<4096>, !memsched.buffer<256>, !memsched.buffer<6912>
}
