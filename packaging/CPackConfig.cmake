# Installation of the desktop integration files and CPack settings.
# Included at the end of the top-level CMakeLists.txt, so PROJECT_* variables
# are those of the OmniMediaTrak project.
#
#   cmake --preset release && cmake --build --preset release
#   cd build/release && cpack            # TGZ + DEB on Linux, ZIP elsewhere
#   cpack --config CPackSourceConfig.cmake   # source tarball

include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/omnimediatrak.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/io.github.omnimediatrak.OmniMediaTrak.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # The desktop entry refers to the icon "omnimediatrak".
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/omnimediatrak.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
endif()

set(CPACK_PACKAGE_NAME "omnimediatrak")
set(CPACK_PACKAGE_VENDOR "OmniMediaTrak developers")
set(CPACK_PACKAGE_CONTACT "OmniMediaTrak developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Media tracker for books, films, series, games and music")
set(CPACK_PACKAGE_DESCRIPTION
    "OmniMediaTrak keeps track of everything you read, watch, play and listen to: \
progress, ratings, notes and lists, stored locally in SQLite or in a shared \
PostgreSQL database.")
if(PROJECT_HOMEPAGE_URL)
    set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
endif()
set(CPACK_PACKAGE_INSTALL_DIRECTORY "OmniMediaTrak")
set(CPACK_PACKAGE_EXECUTABLES "omnimediatrak" "OmniMediaTrak")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR "TGZ;DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # The SQL drivers are plugins and libsecret is loaded at run time by
    # QtKeychain, so dpkg-shlibdeps would not find them: list them by hand.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), \
libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6sql6-psql (>= 6.4), \
libqt6concurrent6 (>= 6.4), libqt6network6 (>= 6.4), libqt6svg6 (>= 6.4), qt6-svg-plugins, \
libqt6keychain1, libsecret-1-0")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, fonts-dejavu-core")
else()
    set(CPACK_GENERATOR "ZIP")
endif()

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES
    "/\\\\.git/"
    "/build/"
    "/\\\\.cache/"
    "\\\\.user$"
    "/compile_commands\\\\.json$")

include(CPack)
