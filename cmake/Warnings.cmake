# Warnings as errors on our own targets only; third-party headers come in as SYSTEM.
# -Wnull-dereference is left out: at -O2 and above GCC 12 raises it inside inlined
# nlohmann-json and libstdc++ code that we cannot change.
add_library(infralint_warnings INTERFACE)
target_compile_options(infralint_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough
  -Werror
  # GCC 12 at -O2/-O3 reports -Wrestrict on std::string concatenation inside the
  # standard library (GCC bug 105329): a false positive we cannot fix in our code.
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)

# Adds a library for one layer: sources from its folder, public headers under include/.
function(infralint_layer name)
  cmake_parse_arguments(L "" "" "SOURCES" ${ARGN})
  add_library(${name} STATIC ${L_SOURCES} ${PROJECT_SOURCE_DIR}/cmake/layer_anchor.cpp)
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include)
  target_link_libraries(${name} PRIVATE infralint_warnings)
endfunction()
