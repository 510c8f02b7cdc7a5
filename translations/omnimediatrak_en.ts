<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MediaEditDialog</name>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the item sits in the tree of classes: dot-separated words such as video.film.feature. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;eators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ver address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts that depend on the type, such as pages, isbn, runtime_minutes or platforms, written as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s identifiers in other catalogues, such as an IMDb id or an ISBN. The address is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation&amp;ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row reads as a sentence: this item is a sequel of, is an adaptation of, … the other item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Track everything you read, watch, play and listen to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library file at &lt;path&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt</name>
    <message>
        <source>A link needs a source, such as “imdb” or “isbn”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid source name: use only letters, digits and “_”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to “%1” needs an identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link belongs to a stored item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item already has the link “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source name may only hold letters, digits and “_”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs an identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item or user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress and ratings belong to a user and a stored item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a list named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list filter must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another item already has the external id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown media type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship needs two stored items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item cannot be related to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of a relationship must be between 0 and 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The related item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of a relationship must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a scratch library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username “%1” is too long: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usernames are written in lower case: use “%1” instead of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a username: use only lower-case letters, digits, “.”, “_” and “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username “%1” is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” is already used by another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::BulkWriter</name>
    <message>
        <source>indexing the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing external links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a smart list; only manual lists are written in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing list items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ConnectionSettings</name>
    <message>
        <source>No library given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the server address: it would be visible to other programs. It is asked for, or read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode “%1”. Expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1” in the server address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::CountryComboBox</name>
    <message>
        <source>No country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::CreatorsEditor</name>
    <message>
        <source>Double-click a name to change it; drag names to change the credit order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::Database</name>
    <message>
        <source>SQLite support (the Qt SQL driver QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL support (the Qt SQL driver QPSQL) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the library could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library “%1” cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database on %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the library %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::DateField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::DetailsPane</name>
    <message>
        <source>Select an item to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::DetailsText</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequel to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a sequel to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prequel to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a prequel to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an adaptation of this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remake of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a remake of this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spin-off of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a spin-off of this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same franchise as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::EmptyLibraryPage</name>
    <message>
        <source>Your library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the books, films, shows, games and music you follow, or start from a sample library to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing from other trackers comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Sample Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the library with 2,000 generated items and some tracking to explore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::Enums</name>
    <message>
        <source>Unknown %1 “%2”. Expected one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ExternalLinkRepository</name>
    <message>
        <source>adding the link “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new link could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the links of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links belong to a stored item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the links of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up “%1:%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ExternalLinksEditor</name>
    <message>
        <source>Choose a catalogue or type your own key (lower-case letters, digits, _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ExternalLinksModel</name>
    <message>
        <source>row %1 has no source; choose one such as imdb or isbn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the source “%2” may only use lower-case letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: “%2” is not a web address; it should start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1 and %2 are the same link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::GeneratorSpec</name>
    <message>
        <source>The number of %1 cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions and lists belong to users: %1 interactions and %2 lists need at least one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interactions do not fit: a user has at most one interaction per item, so %2 users and %3 media allow at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::InteractionRepository</name>
    <message>
        <source>reading your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgetting your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no progress for this item any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress and ratings belong to a user and a stored item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::InteractionRules</name>
    <message>
        <source>Progress cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date cannot be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::JsonEditor</name>
    <message>
        <source>{ &quot;pages&quot;: 412, &quot;isbn&quot;: &quot;9780441013593&quot; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a single value; attributes must be an object in { }, such as { &quot;pages&quot;: 412 }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a list in [ ]; attributes must be an object in { }, such as { &quot;pages&quot;: 412 }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid: %n attribute(s).</source>
        <translation>
            <numerusform>Valid: %n attribute.</numerusform>
            <numerusform>Valid: %n attributes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibraryActions</name>
    <message>
        <source>&amp;Add Media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing from other trackers comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Sample Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;Cover Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Increment Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Star(s)</source>
        <translation>
            <numerusform>%n Star</numerusform>
            <numerusform>%n Stars</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About OmniMediaTrak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibraryGeneration</name>
    <message>
        <source>checking that the library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library already holds items; a generated library is written into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibraryTableModel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n play(s)</source>
        <translation>
            <numerusform>%n play</numerusform>
            <numerusform>%n plays</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library can be sorted by title, year and date added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibraryTableView</name>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibraryWindow</name>
    <message>
        <source>%1 — OmniMediaTrak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, creators, descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the whole library (%1); Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OmniMediaTrak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OmniMediaTrak %1&lt;/h3&gt;&lt;p&gt;Track everything you read, watch, play and listen to, in one library.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 results for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this list</source>
        <translation>
            <numerusform>%n item in this list</numerusform>
            <numerusform>%n items in this list</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>No lists yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking, ratings, links and list entries go with it. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s) to “%1”.</source>
        <translation>
            <numerusform>Added %n item to “%1”.</numerusform>
            <numerusform>Added %n items to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating a sample library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a sample library of %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ListRepository</name>
    <message>
        <source>A list belongs to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smart list needs a rule that selects its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only smart lists have a rule that selects their items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner of the list no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming a list to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading your lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the rule of a smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart list no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the rule of a smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stored items can be added to a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding items to a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smart list chooses its items by its rule; items cannot be added by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item to add no longer exists in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing items from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items cannot be moved next to one of themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordering a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to move the others next to is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item to move is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the items of a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ListType</name>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::MediaEditDialog</name>
    <message>
        <source>Add Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: “%1” is not in the list. Choose a country from the list, or “No country”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover address: “%1” is not a web address; it should start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::MediaRecordRepository</name>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items that were stored can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>putting items back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::MediaRepository</name>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external id is needed to update an item by external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored item can be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>putting items back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item to put back has an external id that another item has taken meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item to put back is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not among the items shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::MediaSearchField</name>
    <message>
        <source>Searching the library is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::MediaType</name>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiobook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board game</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::MediaValidation</name>
    <message>
        <source>The title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid class. Use dot-separated words of letters, digits and underscores, such as video.film.feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code. Use the two-letter ISO 3166 code, such as GB or JP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external id cannot be blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A creator&apos;s name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::Migrator</name>
    <message>
        <source>reading the library version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library was written by a newer version of OmniMediaTrak (library version %1; this program knows up to %2). Update OmniMediaTrak to open it; the library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema update is missing from this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the library to version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ProgressUnit</name>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::RatingWidget</name>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys change the rating by half a star, digits set it, Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Click a star to rate, click the current rating again to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::RelationType</name>
    <message>
        <source>Sequel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prequel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spin-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same franchise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::RelationshipRepository</name>
    <message>
        <source>saving a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading related items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships belong to a stored item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship of an item must start or end at that item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the relationships of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>putting relationships back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::RelationshipsEditor</name>
    <message>
        <source>1 for a direct sequel, 0.1 for a loose connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the library is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::RelationshipsModel</name>
    <message>
        <source>is a sequel of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the sequel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a prequel of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the prequel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an adaptation of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is adapted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a remake of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is remade as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a spin-off of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the spin-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares a franchise with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is related to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has no other item; choose one or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 relates the item to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1 and %2 are the same relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::RowTableEditor</name>
    <message>
        <source>Incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ScratchLibrary</name>
    <message>
        <source>No temporary folder for a scratch library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scratch database could not be created on the server (the account needs the CREATEDB privilege).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::SidebarModel</name>
    <message>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiobooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s)</source>
        <translation>
            <numerusform>%1 — %n item</numerusform>
            <numerusform>%1 — %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>This smart list can be opened in a later version of OmniMediaTrak.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::SqlErrors</name>
    <message>
        <source>That already exists (%1) while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not allowed (%1) while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referenced item does not exist (any more) while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is required while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is busy in another program; try again in a moment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged or not a library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file cannot be written (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be written to disk while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library reported an error while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value has the wrong format while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused access while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error while %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::StartupError</name>
    <message>
        <source>OmniMediaTrak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::Status</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::StorageBenchmark</name>
    <message>
        <source>The library has %1 items; the benchmark needs at least %2. Fill it first with the generate command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch library has %1 items instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::TrackingPanel</name>
    <message>
        <source>Add one page to the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one episode to the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one chapter to the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one minute to the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one percent to the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one more play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Increment Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as completed, with the progress at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you know when you started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you know when you finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes, quotes and thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::UserRepository</name>
    <message>
        <source>adding the user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored user can be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the profile settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the owner profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner profile could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli</name>
    <message>
        <source>The library: a SQLite file, or postgresql://user@host:port/database?sslmode=verify-full. A password is asked for (or read from standard input), never given here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add technical details to error messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N results (default %1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli::BenchCommand</name>
    <message>
        <source>Measure search, paging and list moves on the library (not changed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli::CliApplication</name>
    <message>
        <source>OmniMediaTrak console tool: create, fill and query libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 --help” for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run “%1 --help” for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “%2 --help” for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli::CliContext</name>
    <message>
        <source>No library given: add --db PATH (a SQLite file) or --db postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library in %1 yet; create it with the init command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 needs an update (version %2 to %3); run the init command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli::Console</name>
    <message>
        <source>A password is needed, and none was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli::GenerateCommand</name>
    <message>
        <source>Fill an empty library with a generated test library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate takes no arguments, only options such as --media 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 media (%2 links, %3 relationships), %4 interactions, %5 new users, %6 lists with %7 items in %8 s: %9 rows/s, media %10 items/s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli::InitCommand</name>
    <message>
        <source>Create a library, or bring an existing one up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the library %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the library %1 from version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is up to date (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli::SearchCommand</name>
    <message>
        <source>Search titles, creators and descriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to search for; the last word may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs the text to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
