# Helpers shared by every target of the project.

# Our own code builds with warnings as errors; third-party headers come in as SYSTEM.
function(windlass_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Werror -Wnon-virtual-dtor
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    # GCC 12 at -O2/-O3 reports impossible overlaps inside libstdc++'s std::string
    # concatenation (GCC bug 105329, fixed in 13); with -Werror that breaks Release builds.
    $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
    -Wno-missing-field-initializers)
endfunction()

# windlass_test(NAME SOURCES... LIBS...) — one gtest executable, each TEST registered with CTest.
function(windlass_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  windlass_warnings(${name})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main)
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "WINDLASS_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
