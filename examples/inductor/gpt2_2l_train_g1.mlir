// Converted from the Inductor corpus graph gpt2_2l_train_g1.json (PyTorch 2.11).
memsched.graph @gpt2_2l_train_g1 {
  %mul_26 = memsched.input "mul_26" freeable : !memsched.buffer<524288>
  %div = memsched.input "div" freeable : !memsched.buffer<2048>
  %gt_4 = memsched.input "gt_4" freeable : !memsched.buffer<131072>
  %permute_14 = memsched.input "permute_14" freeable : !memsched.buffer<2097152>
  %addmm_6 = memsched.input "addmm_6" freeable : !memsched.buffer<2097152>
  %permute_16 = memsched.input "permute_16" freeable : !memsched.buffer<524288>
  %mul_18 = memsched.input "mul_18" freeable : !memsched.buffer<524288>
  %div_1 = memsched.input "div_1" freeable : !memsched.buffer<2048>
  %gt_3 = memsched.input "gt_3" freeable : !memsched.buffer<131072>
  %getitem_16 = memsched.input "getitem_16" freeable : !memsched.buffer<524288>
  %permute_6 = memsched.input "permute_6" freeable : !memsched.buffer<524288>
  %clone_2 = memsched.input "clone_2" freeable : !memsched.buffer<524288>
  %clone_3 = memsched.input "clone_3" freeable : !memsched.buffer<524288>
  %where = memsched.input "where" freeable : !memsched.buffer<262144>
  %getitem_17 = memsched.input "getitem_17" freeable : !memsched.buffer<8192>
  %getitem_18 = memsched.input "getitem_18" freeable : !memsched.buffer<8>
  %getitem_19 = memsched.input "getitem_19" freeable : !memsched.buffer<8>
  %permute_24 = memsched.input "permute_24" freeable : !memsched.buffer<524288>
  %mul_14 = memsched.input "mul_14" freeable : !memsched.buffer<524288>
  %div_2 = memsched.input "div_2" freeable : !memsched.buffer<2048>
  %gt_2 = memsched.input "gt_2" freeable : !memsched.buffer<131072>
  %permute_26 = memsched.input "permute_26" freeable : !memsched.buffer<2097152>
  %addmm_2 = memsched.input "addmm_2" freeable : !memsched.buffer<2097152>
  %permute_28 = memsched.input "permute_28" freeable : !memsched.buffer<524288>
  %mul_6 = memsched.input "mul_6" freeable : !memsched.buffer<524288>
  %div_3 = memsched.input "div_3" freeable : !memsched.buffer<2048>
  %gt_1 = memsched.input "gt_1" freeable : !memsched.buffer<131072>
  %getitem_5 = memsched.input "getitem_5" freeable : !memsched.buffer<524288>
  %permute_2 = memsched.input "permute_2" freeable : !memsched.buffer<524288>
  %clone = memsched.input "clone" freeable : !memsched.buffer<524288>
  %clone_1 = memsched.input "clone_1" freeable : !memsched.buffer<524288>
  %getitem_6 = memsched.input "getitem_6" freeable : !memsched.buffer<8192>
  %getitem_7 = memsched.input "getitem_7" freeable : !memsched.buffer<8>
  %getitem_8 = memsched.input "getitem_8" freeable : !memsched.buffer<8>
  %permute_36 = memsched.input "permute_36" freeable : !memsched.buffer<524288>
  %mul_2 = memsched.input "mul_2" freeable : !memsched.buffer<524288>
  %div_4 = memsched.input "div_4" freeable : !memsched.buffer<2048>
  %gt = memsched.input "gt" freeable : !memsched.buffer<131072>
  %unsqueeze = memsched.input "unsqueeze" freeable : !memsched.buffer<1024>
  %view_26 = memsched.input "view_26" freeable : !memsched.buffer<524288>
  %buf0 = memsched.node "op0" -> ("buf0" : !memsched.buffer<524288>)
  %buf1, %buf2, %buf3, %buf8 = memsched.node "op1_op2_op3_op8" (%buf0, %mul_26, %div, %gt_4 : !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<2048>, !memsched.buffer<131072>) -> ("buf1" : !memsched.buffer<2048>, "buf2" : !memsched.buffer<2048>, "buf3" : !memsched.buffer<524288>, "buf8" : !memsched.buffer<524288>)
  %buf4, %buf6 = memsched.node "op4_op6" (%buf0, %mul_26 : !memsched.buffer<524288>, !memsched.buffer<524288>) -> ("buf4" : !memsched.buffer<4096>, "buf6" : !memsched.buffer<4096>)
  %buf5 = memsched.node "op5" (%buf4 : !memsched.buffer<4096>) -> ("buf5" : !memsched.buffer<1024>)
  %buf7 = memsched.node "op7" (%buf6 : !memsched.buffer<4096>) -> ("buf7" : !memsched.buffer<1024>)
  %buf9 = memsched.node "op9" (%buf8 : !memsched.buffer<524288>) -> ("buf9" : !memsched.buffer<2097152>)
  %buf10 = memsched.node "op10" (%buf8, %permute_14 : !memsched.buffer<524288>, !memsched.buffer<2097152>) -> ("buf10" : !memsched.buffer<1048576>)
  %buf11 = memsched.node "op11" (%buf8 : !memsched.buffer<524288>) -> ("buf11" : !memsched.buffer<4096>)
  %buf12 = memsched.node "op12" (%buf11 : !memsched.buffer<4096>) -> ("buf12" : !memsched.buffer<1024>)
  %buf13, %buf16 = memsched.node "op13_op16" (%buf9, %addmm_6 : !memsched.buffer<2097152>, !memsched.buffer<2097152>) -> ("buf13" : !memsched.buffer<2097152>, "buf16" : !memsched.buffer<16384>)
  %buf14 = memsched.node "op14" (%buf13 : !memsched.buffer<2097152>) -> ("buf14" : !memsched.buffer<524288>)
  %buf15 = memsched.node "op15" (%buf13, %permute_16 : !memsched.buffer<2097152>, !memsched.buffer<524288>) -> ("buf15" : !memsched.buffer<1048576>)
  %buf17 = memsched.node "op17" (%buf16 : !memsched.buffer<16384>) -> ("buf17" : !memsched.buffer<4096>)
  %buf18, %buf19, %buf24, %buf25 = memsched.node "op18_op19_op24_op25" (%buf3, %buf14, %mul_18, %div_1, %gt_3 : !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<2048>, !memsched.buffer<131072>) -> ("buf18" : !memsched.buffer<2048>, "buf19" : !memsched.buffer<2048>, "buf24" : !memsched.buffer<524288>, "buf25" : !memsched.buffer<524288>)
  %buf20, %buf22 = memsched.node "op20_op22" (%buf14, %mul_18 : !memsched.buffer<524288>, !memsched.buffer<524288>) -> ("buf20" : !memsched.buffer<4096>, "buf22" : !memsched.buffer<4096>)
  %buf21 = memsched.node "op21" (%buf20 : !memsched.buffer<4096>) -> ("buf21" : !memsched.buffer<1024>)
  %buf23 = memsched.node "op23" (%buf22 : !memsched.buffer<4096>) -> ("buf23" : !memsched.buffer<1024>)
  %buf26 = memsched.node "op26" (%buf25 : !memsched.buffer<524288>) -> ("buf26" : !memsched.buffer<524288>)
  %buf27 = memsched.node "op27" (%buf25, %getitem_16 : !memsched.buffer<524288>, !memsched.buffer<524288>) -> ("buf27" : !memsched.buffer<262144>)
  %buf28 = memsched.node "op28" (%buf25 : !memsched.buffer<524288>) -> ("buf28" : !memsched.buffer<4096>)
  %buf29 = memsched.node "op29" (%buf28 : !memsched.buffer<4096>) -> ("buf29" : !memsched.buffer<1024>)
  %buf30 = memsched.node "op30" (%buf26, %getitem_16, %permute_6, %clone_2, %clone_3, %where, %getitem_17, %getitem_18, %getitem_19 : !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<262144>, !memsched.buffer<8192>, !memsched.buffer<8>, !memsched.buffer<8>) -> ("buf30" : !memsched.buffer<0> {size_alloc = 1572864})
  %buf31 = memsched.node "op31" (%buf30 : !memsched.buffer<0>) -> ("buf31" : !memsched.buffer<524288> {size_alloc = 0})
  %buf32 = memsched.node "op32" (%buf30 : !memsched.buffer<0>) -> ("buf32" : !memsched.buffer<524288> {size_alloc = 0})
  %buf33 = memsched.node "op33" (%buf30 : !memsched.buffer<0>) -> ("buf33" : !memsched.buffer<524288> {size_alloc = 0})
  %buf34, %buf37 = memsched.node "op34_op37" (%buf31, %buf32, %buf33 : !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<524288>) -> ("buf34" : !memsched.buffer<1572864>, "buf37" : !memsched.buffer<12288>)
  %buf35 = memsched.node "op35" (%buf34 : !memsched.buffer<1572864>) -> ("buf35" : !memsched.buffer<524288>)
  %buf36 = memsched.node "op36" (%buf34, %permute_24 : !memsched.buffer<1572864>, !memsched.buffer<524288>) -> ("buf36" : !memsched.buffer<786432>)
  %buf38 = memsched.node "op38" (%buf37 : !memsched.buffer<12288>) -> ("buf38" : !memsched.buffer<3072>)
  %buf39, %buf40, %buf45, %buf46 = memsched.node "op39_op40_op45_op46" (%buf24, %buf35, %mul_14, %div_2, %gt_2 : !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<2048>, !memsched.buffer<131072>) -> ("buf39" : !memsched.buffer<2048>, "buf40" : !memsched.buffer<2048>, "buf45" : !memsched.buffer<524288>, "buf46" : !memsched.buffer<524288>)
  %buf41, %buf43 = memsched.node "op41_op43" (%buf35, %mul_14 : !memsched.buffer<524288>, !memsched.buffer<524288>) -> ("buf41" : !memsched.buffer<4096>, "buf43" : !memsched.buffer<4096>)
  %buf42 = memsched.node "op42" (%buf41 : !memsched.buffer<4096>) -> ("buf42" : !memsched.buffer<1024>)
  %buf44 = memsched.node "op44" (%buf43 : !memsched.buffer<4096>) -> ("buf44" : !memsched.buffer<1024>)
  %buf47 = memsched.node "op47" (%buf46 : !memsched.buffer<524288>) -> ("buf47" : !memsched.buffer<2097152>)
  %buf48 = memsched.node "op48" (%buf46, %permute_26 : !memsched.buffer<524288>, !memsched.buffer<2097152>) -> ("buf48" : !memsched.buffer<1048576>)
  %buf49 = memsched.node "op49" (%buf46 : !memsched.buffer<524288>) -> ("buf49" : !memsched.buffer<4096>)
  %buf50 = memsched.node "op50" (%buf49 : !memsched.buffer<4096>) -> ("buf50" : !memsched.buffer<1024>)
  %buf51, %buf54 = memsched.node "op51_op54" (%buf47, %addmm_2 : !memsched.buffer<2097152>, !memsched.buffer<2097152>) -> ("buf51" : !memsched.buffer<2097152>, "buf54" : !memsched.buffer<16384>)
  %buf52 = memsched.node "op52" (%buf51 : !memsched.buffer<2097152>) -> ("buf52" : !memsched.buffer<524288>)
  %buf53 = memsched.node "op53" (%buf51, %permute_28 : !memsched.buffer<2097152>, !memsched.buffer<524288>) -> ("buf53" : !memsched.buffer<1048576>)
  %buf55 = memsched.node "op55" (%buf54 : !memsched.buffer<16384>) -> ("buf55" : !memsched.buffer<4096>)
  %buf56, %buf57, %buf62, %buf63 = memsched.node "op56_op57_op62_op63" (%buf45, %buf52, %mul_6, %div_3, %gt_1 : !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<2048>, !memsched.buffer<131072>) -> ("buf56" : !memsched.buffer<2048>, "buf57" : !memsched.buffer<2048>, "buf62" : !memsched.buffer<524288>, "buf63" : !memsched.buffer<524288>)
  %buf58, %buf60 = memsched.node "op58_op60" (%buf52, %mul_6 : !memsched.buffer<524288>, !memsched.buffer<524288>) -> ("buf58" : !memsched.buffer<4096>, "buf60" : !memsched.buffer<4096>)
  %buf59 = memsched.node "op59" (%buf58 : !memsched.buffer<4096>) -> ("buf59" : !memsched.buffer<1024>)
  %buf61 = memsched.node "op61" (%buf60 : !memsched.buffer<4096>) -> ("buf61" : !memsched.buffer<1024>)
  %buf64 = memsched.node "op64" (%buf63 : !memsched.buffer<524288>) -> ("buf64" : !memsched.buffer<524288>)
  %buf65 = memsched.node "op65" (%buf63, %getitem_5 : !memsched.buffer<524288>, !memsched.buffer<524288>) -> ("buf65" : !memsched.buffer<262144>)
  %buf66 = memsched.node "op66" (%buf63 : !memsched.buffer<524288>) -> ("buf66" : !memsched.buffer<4096>)
  %buf67 = memsched.node "op67" (%buf66 : !memsched.buffer<4096>) -> ("buf67" : !memsched.buffer<1024>)
  %buf68 = memsched.node "op68" (%buf64, %where, %getitem_5, %permute_2, %clone, %clone_1, %getitem_6, %getitem_7, %getitem_8 : !memsched.buffer<524288>, !memsched.buffer<262144>, !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<8192>, !memsched.buffer<8>, !memsched.buffer<8>) -> ("buf68" : !memsched.buffer<0> {size_alloc = 1572864})
  %buf69 = memsched.node "op69" (%buf68 : !memsched.buffer<0>) -> ("buf69" : !memsched.buffer<524288> {size_alloc = 0})
  %buf70 = memsched.node "op70" (%buf68 : !memsched.buffer<0>) -> ("buf70" : !memsched.buffer<524288> {size_alloc = 0})
  %buf71 = memsched.node "op71" (%buf68 : !memsched.buffer<0>) -> ("buf71" : !memsched.buffer<524288> {size_alloc = 0})
  %buf72, %buf75 = memsched.node "op72_op75" (%buf69, %buf70, %buf71 : !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<524288>) -> ("buf72" : !memsched.buffer<1572864>, "buf75" : !memsched.buffer<12288>)
  %buf73 = memsched.node "op73" (%buf72 : !memsched.buffer<1572864>) -> ("buf73" : !memsched.buffer<524288>)
  %buf74 = memsched.node "op74" (%buf72, %permute_36 : !memsched.buffer<1572864>, !memsched.buffer<524288>) -> ("buf74" : !memsched.buffer<786432>)
  %buf76 = memsched.node "op76" (%buf75 : !memsched.buffer<12288>) -> ("buf76" : !memsched.buffer<3072>)
  %buf86 = memsched.node "op86" -> ("buf86" : !memsched.buffer<4194304>)
  %buf77, %buf78, %buf83, %buf87 = memsched.node "op77_op78_op83_op87" (%buf62, %buf73, %buf86, %mul_2, %div_4, %gt : !memsched.buffer<524288>, !memsched.buffer<524288>, !memsched.buffer<4194304>, !memsched.buffer<524288>, !memsched.buffer<2048>, !memsched.buffer<131072>) -> ("buf77" : !memsched.buffer<2048>, "buf78" : !memsched.buffer<2048>, "buf83" : !memsched.buffer<524288>, "buf87" : !memsched.buffer<0>)
  %buf79, %buf81 = memsched.node "op79_op81" (%buf73, %mul_2 : !memsched.buffer<524288>, !memsched.buffer<524288>) -> ("buf79" : !memsched.buffer<4096>, "buf81" : !memsched.buffer<4096>)
  %buf80 = memsched.node "op80" (%buf79 : !memsched.buffer<4096>) -> ("buf80" : !memsched.buffer<1024>)
  %buf82 = memsched.node "op82" (%buf81 : !memsched.buffer<4096>) -> ("buf82" : !memsched.buffer<1024>)
  %buf84 = memsched.node "op84" -> ("buf84" : !memsched.buffer<1048576>)
  %buf85 = memsched.node "op85" (%buf83, %buf84, %unsqueeze : !memsched.buffer<524288>, !memsched.buffer<1048576>, !memsched.buffer<1024>) -> ("buf85" : !memsched.buffer<0>)
  %buf88 = memsched.node "op88" (%buf86, %buf87, %view_26 : !memsched.buffer<4194304>, !memsched.buffer<0>, !memsched.buffer<524288>) -> ("buf88" : !memsched.buffer<4194304>)
  memsched.output %buf5, %buf7, %buf10, %buf12, %buf15, %buf17, %buf21, %buf23, %buf27, %buf29, %buf36, %buf38, %buf42, %buf44, %buf48, %buf50, %buf53, %buf55, %buf59, %buf61, %buf65, %buf67, %buf74, %buf76, %buf80, %buf82, %buf84, %buf88 : !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1048576>, !memsched.buffer<1024>, !memsched.buffer<1048576>, !memsched.buffer<4096>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<262144>, !memsched.buffer<1024>, !memsched.buffer<786432>, !memsched.buffer<3072>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1048576>, !memsched.buffer<1024>, !memsched.buffer<1048576>, !memsched.buffer<4096>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<262144>, !memsched.buffer<1024>, !memsched.buffer<786432>, !memsched.buffer<3072>, !memsched.buffer<1024>, !memsched.buffer<1024>, !memsched.buffer<1048576>, !memsched.buffer<4194304>
}
