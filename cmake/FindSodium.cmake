# Finds libsodium and provides the imported target Sodium::Sodium.
#
#   find_package(Sodium [version] [REQUIRED])
#
# Tried in turn: vcpkg's CMake package (unofficial-sodium, on Windows), pkg-config (Linux and
# other Unix systems), then a plain search for sodium.h and the library (Windows without vcpkg:
# set Sodium_ROOT, or CMAKE_PREFIX_PATH, to the folder holding include/ and lib/).
# Sets Sodium_FOUND, Sodium_VERSION, Sodium_INCLUDE_DIR, Sodium_LIBRARY and, on Windows,
# Sodium_DLL (the run-time library an installer carries).
# With Sodium_USE_STATIC_LIBS a static libsodium is asked for (SODIUM_STATIC is defined).

include(FindPackageHandleStandardArgs)

if(NOT TARGET Sodium::Sodium AND NOT Sodium_USE_STATIC_LIBS)
    find_package(unofficial-sodium CONFIG QUIET)
    if(TARGET unofficial-sodium::sodium)
        add_library(Sodium::Sodium INTERFACE IMPORTED)
        target_link_libraries(Sodium::Sodium INTERFACE unofficial-sodium::sodium)
        get_target_property(Sodium_INCLUDE_DIR unofficial-sodium::sodium
                            INTERFACE_INCLUDE_DIRECTORIES)
        foreach(property IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION IMPORTED_LOCATION_DEBUG)
            get_target_property(location unofficial-sodium::sodium ${property})
            if(location AND location MATCHES "\\.dll$")
                set(Sodium_DLL ${location} CACHE FILEPATH "libsodium's run-time library")
                break()
            endif()
        endforeach()
        get_target_property(Sodium_LIBRARY unofficial-sodium::sodium IMPORTED_IMPLIB_RELEASE)
        if(NOT Sodium_LIBRARY)
            set(Sodium_LIBRARY unofficial-sodium::sodium)
        endif()
    endif()
endif()

if(NOT TARGET Sodium::Sodium)
    find_package(PkgConfig QUIET)
    if(PKG_CONFIG_FOUND)
        pkg_check_modules(PC_Sodium QUIET libsodium)
    endif()
    find_path(Sodium_INCLUDE_DIR sodium.h HINTS ${PC_Sodium_INCLUDEDIR} ${PC_Sodium_INCLUDE_DIRS})
    if(Sodium_USE_STATIC_LIBS)
        set(names libsodium.a sodium.a libsodium.lib sodium.lib)
    else()
        set(names sodium libsodium)
    endif()
    find_library(Sodium_LIBRARY NAMES ${names}
                 HINTS ${PC_Sodium_LIBDIR} ${PC_Sodium_LIBRARY_DIRS}
                 PATH_SUFFIXES x64/Release/v143/dynamic x64/Release/v142/dynamic)
    if(WIN32 AND Sodium_LIBRARY AND NOT Sodium_USE_STATIC_LIBS)
        get_filename_component(library_folder ${Sodium_LIBRARY} DIRECTORY)
        find_file(Sodium_DLL NAMES libsodium.dll sodium.dll
                  HINTS ${library_folder} ${library_folder}/../bin
                  NO_DEFAULT_PATH)
    endif()
endif()

if(Sodium_INCLUDE_DIR AND EXISTS "${Sodium_INCLUDE_DIR}/sodium/version.h")
    file(STRINGS "${Sodium_INCLUDE_DIR}/sodium/version.h" version_line
         REGEX "^#define SODIUM_VERSION_STRING ")
    if(version_line MATCHES "\"([0-9.]+)")
        set(Sodium_VERSION ${CMAKE_MATCH_1})
    endif()
elseif(PC_Sodium_VERSION)
    set(Sodium_VERSION ${PC_Sodium_VERSION})
endif()

find_package_handle_standard_args(Sodium
    REQUIRED_VARS Sodium_LIBRARY Sodium_INCLUDE_DIR
    VERSION_VAR Sodium_VERSION)

if(Sodium_FOUND AND NOT TARGET Sodium::Sodium)
    if(Sodium_DLL)
        add_library(Sodium::Sodium SHARED IMPORTED)
        set_target_properties(Sodium::Sodium PROPERTIES
            IMPORTED_LOCATION "${Sodium_DLL}"
            IMPORTED_IMPLIB "${Sodium_LIBRARY}")
    else()
        add_library(Sodium::Sodium UNKNOWN IMPORTED)
        set_target_properties(Sodium::Sodium PROPERTIES IMPORTED_LOCATION "${Sodium_LIBRARY}")
    endif()
    set_target_properties(Sodium::Sodium PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${Sodium_INCLUDE_DIR}")
    if(Sodium_USE_STATIC_LIBS)
        set_property(TARGET Sodium::Sodium APPEND PROPERTY
                     INTERFACE_COMPILE_DEFINITIONS SODIUM_STATIC)
    endif()
endif()

mark_as_advanced(Sodium_INCLUDE_DIR Sodium_LIBRARY Sodium_DLL)
