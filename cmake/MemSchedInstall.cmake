# Install rules and the CMake package: `cmake --install build --prefix P`
# installs
#   P/include/memsched/**       headers, .td files and the generated .inc files
#   P/lib/libMemSchedCore.a, libMLIRMemSched{Dialect,Analysis,Transforms,Target}.a
#   P/lib/MemSchedPlugin.so     the mlir-opt-22 plugin
#   P/bin/memsched-{opt,translate,gen}
#   P/lib/cmake/MemSched/       MemSchedConfig.cmake and friends
# so that find_package(MemSched CONFIG) gives MemSched::MemSchedCore (no MLIR)
# and MemSched::MLIRMemSched (everything over MLIR). The MLIR libraries are
# added with DISABLE_INSTALL: AddMLIR would put them in MLIR's own export set.

include(CMakePackageConfigHelpers)

set(MEMSCHED_INSTALL_CMAKEDIR lib/cmake/MemSched)
# The package version (find_package(MemSched 0.1 CONFIG) accepts 0.1.x).
set(MEMSCHED_VERSION 0.1.0)

# One target for everything MLIR-based, as users want it.
add_library(MLIRMemSched INTERFACE)
target_link_libraries(MLIRMemSched INTERFACE
  MLIRMemSchedInterfaces
  MLIRMemSchedDialect
  MLIRMemSchedAnalysis
  MLIRMemSchedTransforms
  MLIRMemSchedTarget
  )
# In-tree users can spell the targets as installed users do.
add_library(MemSched::MLIRMemSched ALIAS MLIRMemSched)
add_library(MemSched::MemSchedCore ALIAS MemSchedCore)

set(memsched_mlir_libs
  MLIRMemSchedInterfaces
  MLIRMemSchedDialect
  MLIRMemSchedAnalysis
  MLIRMemSchedTransforms
  MLIRMemSchedTarget
  )
foreach(lib MemSchedCore ${memsched_mlir_libs} MLIRMemSched)
  target_include_directories(${lib} INTERFACE $<INSTALL_INTERFACE:include>)
endforeach()

install(TARGETS MemSchedCore
  EXPORT MemSchedCoreTargets
  ARCHIVE DESTINATION lib
  LIBRARY DESTINATION lib
  )
install(TARGETS ${memsched_mlir_libs} MLIRMemSched
  EXPORT MemSchedMLIRTargets
  ARCHIVE DESTINATION lib
  LIBRARY DESTINATION lib
  )
install(EXPORT MemSchedCoreTargets
  NAMESPACE MemSched::
  DESTINATION ${MEMSCHED_INSTALL_CMAKEDIR}
  )
install(EXPORT MemSchedMLIRTargets
  NAMESPACE MemSched::
  DESTINATION ${MEMSCHED_INSTALL_CMAKEDIR}
  )

# The tools and the plugin find libMLIR.so and libLLVM.so where they were
# found at build time (Debian keeps them in /usr/lib/llvm-22/lib, outside
# the loader's default path).
set(memsched_tools memsched-opt memsched-translate memsched-gen)
set_target_properties(${memsched_tools} MemSchedPlugin PROPERTIES
  INSTALL_RPATH "\$ORIGIN/../lib;${LLVM_LIBRARY_DIR}")
install(TARGETS ${memsched_tools} RUNTIME DESTINATION bin)
install(TARGETS MemSchedPlugin LIBRARY DESTINATION lib)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/memsched
  DESTINATION include
  FILES_MATCHING PATTERN "*.h" PATTERN "*.td"
  )
install(DIRECTORY ${PROJECT_BINARY_DIR}/include/memsched
  DESTINATION include
  FILES_MATCHING PATTERN "*.h.inc"
  PATTERN "CMakeFiles" EXCLUDE
  )

set(MEMSCHED_MLIR_DIR ${MLIR_DIR})
configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/MemSchedConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/MemSchedConfig.cmake
  INSTALL_DESTINATION ${MEMSCHED_INSTALL_CMAKEDIR}
  )
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/cmake/MemSchedConfigVersion.cmake
  VERSION ${MEMSCHED_VERSION}
  COMPATIBILITY SameMinorVersion
  )
install(FILES
  ${PROJECT_BINARY_DIR}/cmake/MemSchedConfig.cmake
  ${PROJECT_BINARY_DIR}/cmake/MemSchedConfigVersion.cmake
  DESTINATION ${MEMSCHED_INSTALL_CMAKEDIR}
  )
