# yaosu_set_warnings(target): the warning set every Yaosu target compiles with.
function(yaosu_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                         -Wno-missing-field-initializers)  # designated initializers leave the rest defaulted
endfunction()

# Exceptions are off everywhere, natively too, so that a stray throw aborts in
# the native tests exactly as it would in the browser (see README, design goals).
add_compile_options(-fno-exceptions)
add_compile_definitions(JSON_NOEXCEPTION)
