# lit configuration for memsched: FileCheck tests driving the memsched tools.
import os
import sys

import lit.formats
from lit.llvm import llvm_config

config.name = "MEMSCHED"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.memsched_obj_root, "test")
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.substitutions.append(("%examples", os.path.join(config.memsched_src_root, "examples")))
config.substitutions.append(("%memsched_obj_root", config.memsched_obj_root))
config.substitutions.append(("%memsched_tools_dir", config.memsched_tools_dir))
config.substitutions.append(("%memsched_lib_dir", os.path.join(config.memsched_obj_root, "lib")))
config.substitutions.append(("%system_mlir_opt", os.path.join(config.llvm_tools_dir, "mlir-opt")))
config.substitutions.append(("%python", sys.executable))
# The corpus of real Inductor graphs lives beside the checkout when it exists.
config.substitutions.append(("%shared_corpus", os.path.join(config.memsched_src_root, "..", "shared", "corpus", "inductor")))
config.substitutions.append(("%memsched_src_root", config.memsched_src_root))
# CMake as the build uses it, for the tests that install memsched and build
# examples/downstream against the installed package.
config.substitutions.append(("%cmake_generator", '"%s"' % config.cmake_generator))
config.substitutions.append(("%cmake", config.cmake_command))
config.substitutions.append(("%cxx_compiler", config.cxx_compiler))

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

tool_dirs = [config.memsched_tools_dir, config.llvm_tools_dir]
tools = ["memsched-opt", "memsched-translate", "memsched-gen", "memsched-bench", "FileCheck", "not", "count", "split-file"]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# Sanitizer builds: an instrumented plugin cannot be loaded into the system
# mlir-opt, which is not.
if config.memsched_sanitize.upper() in ("ON", "1", "TRUE", "YES"):
    config.available_features.add("sanitizer")
    # LLVM's allocators, inlined into our instrumented code, poison memory
    # that the uninstrumented libMLIR.so then uses: ignore user poisoning.
    options = os.environ.get("ASAN_OPTIONS", "")
    if "allow_user_poisoning" not in options:
        options = (options + ":" if options else "") + "allow_user_poisoning=0"
    config.environment["ASAN_OPTIONS"] = options
