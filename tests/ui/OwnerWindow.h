#pragma once

// A library window on a test database as the app opens it for the library's
// owner: the storage worker, the service, covers in a folder of their own.

#include "TestCovers.h"
#include "TestDatabase.h"
#include "models/LibraryService.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/UserRepository.h"
#include "ui/library/LibraryWindow.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace omt::test {

class OwnerWindow
{
public:
    /// Shows the window on `db`; check `window` afterwards (null when it could not open).
    void open(TestDatabase &db)
    {
        auto owner = UserRepository(db.database()).ensureOwnerProfile();
        if (!owner)
            QFAIL(qPrintable(owner.error().toString()));
        db.database().closeThreadConnection();
        storage = std::make_unique<AsyncStorage>(db.database());
        service = std::make_unique<LibraryService>(*storage, owner->id);
        covers = std::make_unique<CoverLoader>(coverSettingsIn(m_coverFolder.path()));
        window = std::make_unique<LibraryWindow>(*service, *covers, *owner, QStringLiteral("test"));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    /// Closes the window and ends what it used, the window first.
    void close()
    {
        window.reset();
        covers.reset();
        service.reset();
        storage.reset();
    }

    ~OwnerWindow() { close(); }

    std::unique_ptr<AsyncStorage> storage;
    std::unique_ptr<LibraryService> service;
    std::unique_ptr<CoverLoader> covers;
    std::unique_ptr<LibraryWindow> window;

private:
    QTemporaryDir m_coverFolder;
};

} // namespace omt::test
