# Installers: `cpack` in a release build makes a .deb and a .tar.gz on Linux, an NSIS installer (and a
# .zip) on Windows, and a disk image on macOS. See packaging/ and the README's Install section.
set(CPACK_PACKAGE_NAME classiclink-manager)
set(CPACK_PACKAGE_VENDOR "The ClassicLink Manager developers")
set(CPACK_PACKAGE_CONTACT "The ClassicLink Manager developers <classiclink-manager@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop application for Alibaba Cloud administrators: pick an account and a region, see the classic-network ECS instances and the ClassicLink-enabled VPCs, select, click, and read a clear result in English or Simplified Chinese. Comes with classiclink, a command line on the same core, and ecs-sandbox, a local stand-in for the ECS and VPC endpoints.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ClassicLink Manager")
set(CPACK_PACKAGE_EXECUTABLES classiclink-manager "ClassicLink Manager")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/packages)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    # Per user, no administrator rights: installs under %LOCALAPPDATA%\Programs, with a Start-menu entry
    # and an uninstaller registered for this user only.
    set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
    set(CPACK_NSIS_DEFINES "RequestExecutionLevel user")
    set(CPACK_NSIS_PACKAGE_NAME "ClassicLink Manager")
    set(CPACK_NSIS_DISPLAY_NAME "ClassicLink Manager ${PROJECT_VERSION}")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\classiclink-manager.exe")
    set(CPACK_NSIS_MUI_ICON "${CMAKE_BINARY_DIR}/packaging/icons/classiclink-manager.ico")
    set(CPACK_NSIS_MUI_UNIICON "${CMAKE_BINARY_DIR}/packaging/icons/classiclink-manager.ico")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN classiclink-manager.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "ClassicLink Manager")
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_ICON "${CMAKE_BINARY_DIR}/packaging/classiclink-manager.icns")
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # The libraries' packages, computed from the executables (dpkg-shlibdeps); Qt's platform, TLS and
    # SVG plugins ship in those same packages.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded at run time, so invisible to dpkg-shlibdeps: the SVG icon engine (every icon is an SVG) ...
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
    # ... and, recommended: a keychain for the secrets, Qt's own translations, and Wayland.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, qt6-wayland")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
