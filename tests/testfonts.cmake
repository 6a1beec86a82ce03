# The tests' own font environment: a fontconfig configuration per supported Chinese font, each
# seeing that font's folder alone, and one that sees no font at all. Text laid out in a font
# depends on the font, so a suite must not depend on what else a machine has installed.
#
# Sets TEST_FONTS (the keys of the installed fonts, in order of preference),
# TEST_FONTS_CONFIG_<key> (the configuration file of each) and TEST_FONTS_NONE.

# key, a file of the font, and the Debian package that has it.
set(supported_fonts
    "uming|uming.ttc|fonts-arphic-uming"
    "noto|NotoSerifCJK-Regular.ttc|fonts-noto-cjk"
    "wqy|wqy-microhei.ttc|fonts-wqy-microhei")
set(font_roots /usr/share/fonts /usr/local/share/fonts)
set(font_cache ${CMAKE_CURRENT_BINARY_DIR}/fontconfig-cache)

function(write_font_config path folders)
    set(text "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n")
    string(APPEND text "<!-- Written by tests/testfonts.cmake. -->\n<fontconfig>\n")
    foreach(folder ${folders})
        string(APPEND text "  <dir>${folder}</dir>\n")
    endforeach()
    # The system's caches of these folders are read when they are current; a new one is
    # written beside the tests.
    string(APPEND text "  <cachedir>/var/cache/fontconfig</cachedir>\n")
    string(APPEND text "  <cachedir>${font_cache}</cachedir>\n</fontconfig>\n")
    file(WRITE ${path} "${text}")
endfunction()

set(TEST_FONTS)
set(missing_fonts)
foreach(entry ${supported_fonts})
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 key)
    list(GET parts 1 file)
    list(GET parts 2 package)
    set(found)
    foreach(root ${font_roots})
        if(NOT found AND IS_DIRECTORY ${root})
            file(GLOB_RECURSE found ${root}/${file})
        endif()
    endforeach()
    if(found)
        list(GET found 0 font_file)
        get_filename_component(folder ${font_file} DIRECTORY)
        set(config ${CMAKE_CURRENT_BINARY_DIR}/fonts-${key}.conf)
        write_font_config(${config} ${folder})
        list(APPEND TEST_FONTS ${key})
        set(TEST_FONTS_CONFIG_${key} ${config})
    else()
        list(APPEND missing_fonts ${package})
    endif()
endforeach()
set(TEST_FONTS_NONE ${CMAKE_CURRENT_BINARY_DIR}/fonts-none.conf)
write_font_config(${TEST_FONTS_NONE} "")

if(NOT TEST_FONTS)
    message(FATAL_ERROR "The tests need one of the Chinese fonts they know: install "
                        "fonts-arphic-uming (scripts/dependencies does).")
endif()
if(missing_fonts)
    message(STATUS "Printing suites run in: ${TEST_FONTS}; not installed: ${missing_fonts}")
else()
    message(STATUS "Printing suites run in: ${TEST_FONTS}")
endif()
