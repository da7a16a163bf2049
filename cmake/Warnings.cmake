# Warnings as errors on our own targets only; third-party headers come in as SYSTEM.
add_library(infralint_warnings INTERFACE)
target_compile_options(infralint_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  -Werror)

# Adds a library for one layer: sources from its folder, public headers under include/.
function(infralint_layer name)
  cmake_parse_arguments(L "" "" "SOURCES" ${ARGN})
  add_library(${name} STATIC ${L_SOURCES} ${PROJECT_SOURCE_DIR}/cmake/layer_anchor.cpp)
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include)
  target_link_libraries(${name} PRIVATE infralint_warnings)
endfunction()
