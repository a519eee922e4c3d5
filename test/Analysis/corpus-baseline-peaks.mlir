// The baseline peak of every bundled real Inductor graph must equal the
// peak_bytes that ../shared/corpus/inductor/<graph>.expected.json gives for
// methods.baseline (the correct rule: graph outputs live to the end).
//
// RUN: memsched-opt --memsched-print-liveness %examples/inductor/bert_4l_train_g0.mlir -o /dev/null | FileCheck %s --check-prefix=BERT_4L_TRAIN_G0
// BERT_4L_TRAIN_G0: memsched.graph @bert_4l_train_g0: {{.*}}, peak 54699136 bytes at step
//
// RUN: memsched-opt --memsched-print-liveness %examples/inductor/bert_4l_train_g1.mlir -o /dev/null | FileCheck %s --check-prefix=BERT_4L_TRAIN_G1
// BERT_4L_TRAIN_G1: memsched.graph @bert_4l_train_g1: {{.*}}, peak 49078400 bytes at step
//
// RUN: memsched-opt --memsched-print-liveness %examples/inductor/gpt2_2l_train_g0.mlir -o /dev/null | FileCheck %s --check-prefix=GPT2_2L_TRAIN_G0
// GPT2_2L_TRAIN_G0: memsched.graph @gpt2_2l_train_g0: {{.*}}, peak 29256736 bytes at step
//
// RUN: memsched-opt --memsched-print-liveness %examples/inductor/gpt2_2l_train_g1.mlir -o /dev/null | FileCheck %s --check-prefix=GPT2_2L_TRAIN_G1
// GPT2_2L_TRAIN_G1: memsched.graph @gpt2_2l_train_g1: {{.*}}, peak 22309920 bytes at step
//
// RUN: memsched-opt --memsched-print-liveness %examples/inductor/mobilenet_v2_train_g0.mlir -o /dev/null | FileCheck %s --check-prefix=MOBILENET_V2_TRAIN_G0
// MOBILENET_V2_TRAIN_G0: memsched.graph @mobilenet_v2_train_g0: {{.*}}, peak 430482056 bytes at step
//
// RUN: memsched-opt --memsched-print-liveness %examples/inductor/mobilenet_v2_train_g1.mlir -o /dev/null | FileCheck %s --check-prefix=MOBILENET_V2_TRAIN_G1
// MOBILENET_V2_TRAIN_G1: memsched.graph @mobilenet_v2_train_g1: {{.*}}, peak 434733216 bytes at step
//
// RUN: memsched-opt --memsched-print-liveness %examples/inductor/resnet18_infer_g0.mlir -o /dev/null | FileCheck %s --check-prefix=RESNET18_INFER_G0
// RESNET18_INFER_G0: memsched.graph @resnet18_infer_g0: {{.*}}, peak 51380224 bytes at step
//
// RUN: memsched-opt --memsched-print-liveness %examples/inductor/resnet18_train_g0.mlir -o /dev/null | FileCheck %s --check-prefix=RESNET18_TRAIN_G0
// RESNET18_TRAIN_G0: memsched.graph @resnet18_train_g0: {{.*}}, peak 210436352 bytes at step
//
// RUN: memsched-opt --memsched-print-liveness %examples/inductor/resnet18_train_g1.mlir -o /dev/null | FileCheck %s --check-prefix=RESNET18_TRAIN_G1
// RESNET18_TRAIN_G1: memsched.graph @resnet18_train_g1: {{.*}}, peak 201781664 bytes at step
//
// RUN: memsched-opt --memsched-print-liveness %examples/inductor/squeezenet1_1_train_g0.mlir -o /dev/null | FileCheck %s --check-prefix=SQUEEZENET1_1_TRAIN_G0
// SQUEEZENET1_1_TRAIN_G0: memsched.graph @squeezenet1_1_train_g0: {{.*}}, peak 151594048 bytes at step
//
// RUN: memsched-opt --memsched-print-liveness %examples/inductor/squeezenet1_1_train_g1.mlir -o /dev/null | FileCheck %s --check-prefix=SQUEEZENET1_1_TRAIN_G1
// SQUEEZENET1_1_TRAIN_G1: memsched.graph @squeezenet1_1_train_g1: {{.*}}, peak 102732448 bytes at step
