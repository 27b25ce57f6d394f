# One INTERFACE target carries the compile policy of every target in the project.
add_library(clm_common_cfg INTERFACE)
target_compile_features(clm_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(clm_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    CLM_VERSION="${PROJECT_VERSION}"
    CLM_APP_ID="${CLM_APP_ID}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(clm_common_cfg INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor)
    if(CLM_WERROR)
        target_compile_options(clm_common_cfg INTERFACE -Werror)
    endif()
    if(CLM_SANITIZE)
        target_compile_options(clm_common_cfg INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(clm_common_cfg INTERFACE -fsanitize=address,undefined)
    endif()
    # mold links the many test executables several times faster than GNU ld (CI links about forty).
    find_program(CLM_MOLD ld.mold)
    option(CLM_USE_MOLD "Link with mold when it is installed" ON)
    if(CLM_USE_MOLD AND CLM_MOLD AND NOT APPLE)
        target_link_options(clm_common_cfg INTERFACE -fuse-ld=mold)
    endif()
    if(CLM_FUZZ)
        # Coverage instrumentation for libFuzzer in every library; the fuzz programs add its main.
        target_compile_options(clm_common_cfg INTERFACE -fsanitize=fuzzer-no-link)
    endif()
elseif(MSVC)
    target_compile_options(clm_common_cfg INTERFACE /W4 /permissive- /utf-8)
    if(CLM_WERROR)
        target_compile_options(clm_common_cfg INTERFACE /WX)
    endif()
endif()
