<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nas.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s or ~/.postgresql/root.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;unencrypted anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point OmniMediaTrak at the export file another tracker gave you. Before anything changes, you see what the import would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet. Importing the same file again later changes nothing; a newer export updates what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>MembersDialog</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New One-Time Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent account activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractItemView</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many items to drag at once: use Add to List (%1).</source>
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
    <name>ServerSetupWizard</name>
    <message>
        <source>Set Up a Household Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OmniMediaTrak sets up a database on it for the household: everyone&apos;s own account, progress, ratings and lists, and the shared catalogue. This needs the server&apos;s superuser once; their password is used only now and not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Superuser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superuser&apos;s &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s or ~/.postgresql/root.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator adds the other members of the household, each with a password of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household server is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, add the other members with File → Members…; each gets a one-time password to sign in with and choose their own. Run “omnimediatrak-cli server check” on the server to see whether it is safe to reach from the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
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
        <source>Open the library read-only. A library that cannot be written is always opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library file at &lt;path&gt; (default: the library opened last, or %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::AccountDialog</name>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2) on &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Other computers sign in with the new one.</source>
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
    <name>omt::ChangePasswordDialog</name>
    <message>
        <source>This is the first time %1 signs in, with a one-time password from an administrator. Choose a password of your own: the one-time password stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1. It replaces the current one on every computer; other computers sign in again with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the network between you and %1 could read your password, your ratings and your notes. Use this only on a network you trust completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is on this computer: nothing crosses a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, but any server could pretend to be this one. Prefer a verified connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the certificate authority file your administrator handed out, unless the server&apos;s certificate is signed by one this computer trusts (~/.postgresql/root.crt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the server “%1” from this computer? The server and your library on it are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this computer: choose an encrypted connection, or tick “Send unencrypted anyway” if you accept the risk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ConnectionBanner</name>
    <message>
        <source>Try &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Trying again in %n second…</numerusform>
            <numerusform>Trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying to connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be saved when it is back.</source>
        <translation>
            <numerusform>%n change will be saved when it is back.</numerusform>
            <numerusform>%n changes will be saved when it is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused to reconnect: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ConnectionProfile</name>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the household&apos;s database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a TLS mode this program uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, certificate verified (any server name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, certificate not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
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
    <message>
        <source>sslrootcert must name the file of a certificate authority.</source>
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
    <name>omt::CoverController</name>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a picture or a web address of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::CoverDecoder</name>
    <message>
        <source>The cover is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover is larger than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover image does not say how large it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover declares %1 × %2 pixels, more than a cover can sensibly have (at most %3 pixels on a side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover image is damaged and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an icon (ICO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover is not an image in a format covers come in (JPEG, PNG, WebP or GIF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover is %1, not a JPEG, PNG, WebP or GIF image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover is a %1 image, which this installation cannot show (its Qt image format plugin is missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::CoverDiskCache</name>
    <message>
        <source>The cover could not be saved in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cached covers could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover cache index could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover is larger than the whole cover cache (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::CoverDownloader</name>
    <message>
        <source>“%1” is not a web address (it must start with https:// or http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover took longer than %1 s to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of the cover broke off (%1 of %2 bytes arrived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no cover at this address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the cover (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped sending the cover (nothing for %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The cover address redirects more than %n time(s).</source>
        <translation>
            <numerusform>The cover address redirects more than %n time.</numerusform>
            <numerusform>The cover address redirects more than %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure cover address redirects to an insecure (http) one, which is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover could not be downloaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of the cover broke off (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::CoverFileReader</name>
    <message>
        <source>The cover file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (but a folder, device or pipe), so it cannot be a cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file of the operating system, not a picture; covers are never read from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover file “%1” is on a network drive (%2); covers are read only from this computer&apos;s own disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover file “%1” is not in this computer&apos;s cover folder; the covers of a library on a server are read only from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover file “%1” cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover address “%1” names another computer (%2); covers are read only from this computer&apos;s own disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover file “%1” is on another computer; covers are read only from this computer&apos;s own disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover address “%1” is not a full path to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cover files are not read for now: %n earlier read(s) of cover files did not finish (a disk does not answer).</source>
        <translation>
            <numerusform>Cover files are not read for now: %n earlier read of cover files did not finish (a disk does not answer).</numerusform>
            <numerusform>Cover files are not read for now: %n earlier reads of cover files did not finish (a disk does not answer).</numerusform>
        </translation>
    </message>
    <message>
        <source>The cover file “%1” could not be read within %2 s (the disk does not answer).</source>
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
    <name>omt::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer, so passwords cannot be remembered: they are asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain was not unlocked while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgetting a password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::CsvImportReader</name>
    <message>
        <source>“%1” is not a %2: it lacks the columns %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not UTF-8; it was read as %2, the encoding spreadsheets on Windows save in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” separates its columns with “%2” rather than commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has more values than the file has columns (a quote may be missing); left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has text that is not valid UTF-8; unreadable characters became “�”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date in column “%2”; the row was imported without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no title; left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::CsvTable</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, line %2: a quoted value that begins on this line never ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, line %2: a row longer than %3 MiB; a quote may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is UTF-16 text (what spreadsheets save as “Unicode text”); save it as “CSV UTF-8” and import that.</source>
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
        <source>opening the library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a library file: it is a folder, a device or another special file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library “%1” was not closed properly, and its last changes cannot be read where the folder cannot be written. Open it once from a writable place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the log into the library</source>
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
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any of your lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue title: %1</source>
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
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::EditController</name>
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
</context>
<context>
    <name>omt::EmptyLibraryPage</name>
    <message>
        <source>Your library is empty</source>
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
        <source>Create Sample Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the library with 2,000 generated items and some tracking to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the books, films, shows, games and music you follow, import your history from another tracker, or start from a sample library to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in your history from another tracker’s export (Goodreads, StoryGraph, IMDb).</source>
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
    <name>omt::ErrorDetailsDialog</name>
    <message>
        <source>Error Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical details, for a bug report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message and the technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further detail was given.</source>
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
    <name>omt::FilterConditionRow</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute, e.g. pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute&apos;s name as in the item&apos;s attributes: letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the attribute holds a number, text or yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule below this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the attribute&apos;s name, such as pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute&apos;s name has only letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::FilterEditor</name>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ &quot;all&quot;: [ { &quot;field&quot;: &quot;status&quot;, &quot;op&quot;: &quot;=&quot;, &quot;value&quot;: &quot;completed&quot; } ] }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules follow once the JSON is a valid filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count while a rule is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count while the JSON is not a valid filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching item(s) in this list</source>
        <translation>
            <numerusform>%Ln matching item in this list</numerusform>
            <numerusform>%Ln matching items in this list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching item(s)</source>
        <translation>
            <numerusform>%Ln matching item</numerusform>
            <numerusform>%Ln matching items</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the matching items: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::FilterGroupWidget</name>
    <message>
        <source>Remove this group and its rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the rules combine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match all of the following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match any of the following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match none of the following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match not all of the following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule at the end of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group of rules that combine in their own way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group has no rules: add a rule to it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::FilterLabels</name>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
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
        <source>Date started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in my library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in my library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::FilterParser</name>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date written as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a two-letter upper-case ISO 3166 country code, such as GB or JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a class path of dot-separated words of letters, digits and underscores, such as video.film.feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list id (a UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating is between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number that is not negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on an attribute needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, a string or true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers or strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty array of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“in” takes at most %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values of “in” must be of the same type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of two values [from, to]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first date is after the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first number is greater than the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“is_null” takes true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“within_days” takes a whole number of days from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of {&quot;field&quot;, &quot;dir&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 sort keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with field and dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (expected field, dir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sort by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “asc” or “desc”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already a sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter needs a condition or an all, any or not group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a condition or a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node is one group; “%1” is already given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups are nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“not” takes exactly one condition or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of conditions and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group needs at least one condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a filter has at most %1 conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid attribute key (use letters, digits and underscores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an operator for %2 (allowed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a string)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::FilterRuleBuilder</name>
    <message>
        <source>Add &amp;Sort Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without sort keys, items are listed by title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most items to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by another field, after the ones above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort key %1 repeats %2: choose another field or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>item(s)</source>
        <translation>
            <numerusform>item</numerusform>
            <numerusform>items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::FilterValueEditor</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unavailable list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message>
        <source>Text to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the title, creators or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, such as Ursula K. Le Guin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country codes separated by commas, such as GB, IE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values separated by commas; &quot;quote, if needed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes separated by commas, such as video.film, video.tv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class, such as text.book.novel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values to match; Space checks the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is today only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers separated by commas, such as 8, 9, 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating is from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number cannot be negative here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type one or more values separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code such as GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a class such as video.film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type one or more numbers separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a class, such as video.film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a class: use words of letters, digits and underscores separated by dots, such as video.film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first date is after the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first number is greater than the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no list to choose from yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::GoodreadsReader</name>
    <message>
        <source>Goodreads library export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::HouseholdGeneration</name>
    <message>
        <source>checking that the household server is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer whether it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator of the household generates a library on its server: the generated users become members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household server already holds items; a generated library is written into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated items could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gathering statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the household&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating a member&apos;s progress and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactions and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a partly generated library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ImdbReader</name>
    <message>
        <source>IMDb ratings or list export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no title type; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a title of type “%2”, which is not tracked on its own; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no rating from 1 to 10; the row was imported without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ImportBenchmark</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark imported %1 rows of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ImportController</name>
    <message>
        <source>Importing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was canceled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another long task is running; import once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ImportFormats</name>
    <message>
        <source>Goodreads library export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no export OmniMediaTrak knows; it reads: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StoryGraph export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMDb ratings or list export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ImportJob</name>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1 to add, %2 to update, %3 unchanged.</source>
        <translation>
            <numerusform>%n row read: %1 to add, %2 to update, %3 unchanged.</numerusform>
            <numerusform>%n rows read: %1 to add, %2 to update, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from “%4”: %1 added, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Imported %n row from “%4”: %1 added, %2 updated, %3 unchanged.</numerusform>
            <numerusform>Imported %n rows from “%4”: %1 added, %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ImportLookup</name>
    <message>
        <source>looking for what the library already holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ImportWizard</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OmniMediaTrak reads: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a %2 of %n row(s).</source>
        <translation>
            <numerusform>“%1” is a %2 of %n row.</numerusform>
            <numerusform>“%1” is a %2 of %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your library holds all of it already: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing it adds %1, updates %2 and leaves %3 as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in the catalogue: %1 items. New lists: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows cannot be taken as they are; the first %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be taken as they are (the others are imported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
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
    <name>omt::JobProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops and removes what was written so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… %2 %</source>
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
    <message>
        <source>&amp;New List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Smart List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply List &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the items of this list that match its filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Co&amp;ver from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the picture, image file or web address on the clipboard as the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the library file for damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the household server and open the library on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account on the household server: password and signed-in devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, disable and manage the household&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Up Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a PostgreSQL database the household&apos;s server (as its superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in your history from another tracker’s export (Goodreads, StoryGraph, IMDb).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibraryCheck</name>
    <message numerus="yes">
        <source>The library is intact: %n table(s) checked, no problems found.</source>
        <translation>
            <numerusform>The library is intact: %n table checked, no problems found.</numerusform>
            <numerusform>The library is intact: %n tables checked, no problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1 problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file</source>
        <translation>
            <numerusform>%n problem in the file</numerusform>
            <numerusform>%n problems in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) pointing at missing rows</source>
        <translation>
            <numerusform>%n row pointing at missing rows</numerusform>
            <numerusform>%n rows pointing at missing rows</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking is for library files; a PostgreSQL server checks its own data (pg_amcheck, and its foreign keys are always enforced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::LibraryCheckController</name>
    <message>
        <source>The library is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the library file cannot be read, so some items, lists or counts may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the library to see what is damaged. Keep a copy of the file before changing anything, and go back to a backup if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibraryCheckDialog</name>
    <message>
        <source>Check Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check finds is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the library: step %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of the file before changing anything, and go back to a backup if you have one: parts of the library cannot be read, and what is shown may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
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
    <message>
        <source>Generating the library was canceled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gathering statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n items written before could not be removed: %1</source>
        <translation>
            <numerusform>The %n items written before could not be removed: %1</numerusform>
            <numerusform>The %n items written before could not be removed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>removing a partly generated library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one cover is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pointing the covers at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibraryGenerator</name>
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
    <name>omt::LibraryImport</name>
    <message>
        <source>importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was canceled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibraryOpening</name>
    <message>
        <source>The library “%1” needs an update to open in this version, and it cannot be written. Copy it to a place where it can be written, or open it with an older version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household server %1 has library version %2; this program needs version %3. Its administrator brings it up to date with the server init command of this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibraryService</name>
    <message>
        <source>Not saved yet: an earlier change is waiting for the connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibrarySession</name>
    <message>
        <source>Connected to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::LibrarySwitcher</name>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is open read-only, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file cannot be written (read-only media, or no permission), so it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OmniMediaTrak libraries (*.omt);;All files (*)</source>
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
        <source>%1 — %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching item(s) in this list</source>
        <translation>
            <numerusform>%n matching item in this list</numerusform>
            <numerusform>%n matching items in this list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching item(s)</source>
        <translation>
            <numerusform>%n matching item</numerusform>
            <numerusform>%n matching items</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a sample library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample library was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved yet: the server cannot be reached. They are saved as soon as it can, while this window stays open.</source>
        <translation>
            <numerusform>%n change could not be saved yet: the server cannot be reached. They are saved as soon as it can, while this window stays open.</numerusform>
            <numerusform>%n changes could not be saved yet: the server cannot be reached. They are saved as soon as it can, while this window stays open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the library anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close and Lose Them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ListCommands</name>
    <message>
        <source>Create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ListContents</name>
    <message>
        <source>The rule of “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ListController</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the list “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items stay in your library. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its items stay in your library; only the list and its order go. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the list “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform>Added %n item to “%1”.</numerusform>
            <numerusform>Added %n items to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New List with Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from “%1”</source>
        <translation>
            <numerusform>Remove %n item from “%1”</numerusform>
            <numerusform>Remove %n items from “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) in “%1”</source>
        <translation>
            <numerusform>Move %n item in “%1”</numerusform>
            <numerusform>Move %n items in “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ListDialog</name>
    <message>
        <source>&amp;Visible to everyone in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Reading now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Favourites, To watch with friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the list is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a household server, other members can see a public list and its items. In a personal library this makes no difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that &amp;match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only show items that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list keeps all its items; when you view it, only those that match are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Smart List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the list a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a list named “%1”; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Only show items that match” is not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ListItemRepository</name>
    <message>
        <source>Only stored items can be added to a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding items to a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list no longer exists.</source>
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
        <source>reading a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing items from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the items of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>putting items back into a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the items of your lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ListOrdering</name>
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
</context>
<context>
    <name>omt::ListRepository</name>
    <message>
        <source>A smart list needs a rule that selects its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the list “%1”</source>
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
        <source>Only a list that was stored can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>putting the list “%1” back</source>
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
        <source>The owner of the list no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list belongs to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only smart lists have a rule that selects their items.</source>
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
    <name>omt::LocalizedTitles</name>
    <message>
        <source>The attribute “titles” must be an object of language codes and titles, such as {&quot;en&quot;: &quot;Spirited Away&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in “titles” is not a language code. Use the two-letter ISO 639-1 code in lower case, such as en or ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title in “titles” for %1 must be non-empty text.</source>
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
    <message>
        <source>Cover address: “%1” is neither a web address nor a file; it should start with https://, http:// or file://.</source>
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
    <message>
        <source>reading an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items deleted</source>
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
    <message>
        <source>The library could not be counted.</source>
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
    <name>omt::MemberAdministration</name>
    <message>
        <source>adding the member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the new member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giving %1 a one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabling the member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabling the member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the household&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the account record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::MembersDialog</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — refused (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the household signs in as themselves. A new member gets a one-time password to hand them; at their first sign-in they choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not chosen a password yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new member&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? They are signed out everywhere and cannot sign in until enabled again. Their progress, ratings and lists are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New One-Time Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their current password stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password for &lt;b&gt;%1&lt;/b&gt;, valid until %2 — give it to them now, it is not shown again:&lt;br&gt;&lt;tt style=&quot;font-size: large&quot;&gt;%3&lt;/tt&gt;</source>
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
    <message>
        <source>The library version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded covers beyond this are removed, the least recently shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded covers on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every downloaded cover; they are downloaded again when shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers ready to paint are kept in memory up to this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers in memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers you set from a file or the clipboard are yours: they are kept in %1 and never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n cover(s)</source>
        <translation>
            <numerusform>%1 in %n cover</numerusform>
            <numerusform>%1 in %n covers</numerusform>
        </translation>
    </message>
    <message>
        <source>Your profile settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is open read-only: your profile cannot be changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ProfilePreferences</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How ratings are shown and entered. A rating is kept in ten steps, so changing the scale never changes a rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ratings as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view used last on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open libraries in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose attributes hold titles in other languages (&quot;titles&quot;: {&quot;en&quot;: …}) show the one in this language; lists still sort by the catalogue title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with your account in the library, so they are the same on every computer you open it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ProfileSettings</name>
    <message>
        <source>%1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 points</source>
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
        <source>%1
Click a star to rate, click the current rating again to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys change the rating by one point, digits set it, Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Click a point to rate, click the current rating again to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys change the rating by ten points, digits set the tens (0 is 100), Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ReadOnlyMode</name>
    <message>
        <source>%1 (read-only)</source>
        <extracomment>%1 is the window title without the mark, &quot;library — OmniMediaTrak&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
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
    <message>
        <source>A relationship needs two stored items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item cannot be related to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of a relationship must be between 0 and %1 %, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The related item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of a relationship must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of relationship.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::RelationshipsEditor</name>
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
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 % for a direct sequel, 10 % for a loose connection</source>
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
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::RemoteChanges</name>
    <message>
        <source>Changes other members make cannot be followed: the server did not accept listening for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading what another member changed</source>
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
    <name>omt::SampleLibraryJob</name>
    <message>
        <source>Created a sample library of %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ScramVerifier</name>
    <message>
        <source>A password cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be prepared for the server.</source>
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
    <message>
        <source>preparing a scratch library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ServerAccount</name>
    <message>
        <source>signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a household server: nobody has set it up with “server init” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still signing in with a one-time password; choose your own password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time password of %1 has expired; ask an administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled; an administrator can enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping the session open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ServerCheck</name>
    <message>
        <source>checking the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not set up as a household server: run “server init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row-level security is off on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row-level security is not forced on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no row-level security policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Row-level security is enabled and forced on all %n tables.</source>
        <translation>
            <numerusform>Row-level security is enabled and forced on all %n tables.</numerusform>
            <numerusform>Row-level security is enabled and forced on all %n tables.</numerusform>
        </translation>
    </message>
    <message>
        <source>The member %1 owns objects in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member %1 is a superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member %1 may bypass row-level security (BYPASSRLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member %1 may create roles or databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member %1 may create objects in the schemas: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member %1 may create schemas or temporary tables in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n members owns anything or may bypass row-level security or create objects.</source>
        <translation>
            <numerusform>None of the %n members owns anything or may bypass row-level security or create objects.</numerusform>
            <numerusform>None of the %n members owns anything or may bypass row-level security or create objects.</numerusform>
        </translation>
    </message>
    <message>
        <source>password_encryption is %1: set it to scram-sha-256 in postgresql.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is on (ssl = on); this connection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is off (ssl = off). The server only listens on this machine, so nothing crosses a network; switch it on before other computers connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is off (ssl = off) while the server listens on the network (%1): passwords&apos; exchanges and everyone&apos;s data cross it unencrypted. Set ssl = on with a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf and the preloaded libraries are visible to the superuser only: run the check as the superuser to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf line %1 has an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf line %1 lets %2 in over the network with “%3”: use scram-sha-256 (hostssl where TLS is on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf line %1 lets any local account in as %2 without a password (trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf asks every network client for a SCRAM password or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth_delay is loaded: each wrong password waits before it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth_delay is not loaded: add it to shared_preload_libraries and set auth_delay.milliseconds (say 500), so that guessing passwords is slow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ServerInstallation</name>
    <message>
        <source>“%1” is already a member of this household; choose another name for the new administrator, or leave it empty to only update the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has no administrator yet: name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database “%1” holds %n table(s) of something else: setting it up would change who may use it. Choose a new or empty database.</source>
        <translation>
            <numerusform>The database “%1” holds %n table of something else: setting it up would change who may use it. Choose a new or empty database.</numerusform>
            <numerusform>The database “%1” holds %n tables of something else: setting it up would change who may use it. Choose a new or empty database.</numerusform>
        </translation>
    </message>
    <message>
        <source>looking for the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has a user “%1” (users belong to the whole PostgreSQL server, not to one database); choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the database&apos;s encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” stores text as %2, which cannot hold titles in every language. Choose a new database: it will be made in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking at what the database holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ServerRefusals</name>
    <message>
        <source>“%1” cannot be a server username: use 3 to 32 lower-case letters, digits or underscores, not beginning with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a server username: names beginning with “pg_” or “omt_” are the server&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username “%1” is taken on this server (a PostgreSQL role of that name exists; usernames are unique across the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member “%1” in this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the household&apos;s last administrator; make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password as it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time password of %1 has expired; ask an administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator of this household may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator of the household can delete items from the shared catalogue; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ServerSetup</name>
    <message>
        <source>The server did not answer a question about its tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household server is a PostgreSQL database; a library file is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the server account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say who is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up a household server needs the PostgreSQL superuser (such as postgres), not the member “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the server set-up is missing from this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the server&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acting as the owner of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the server&apos;s access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making %1 the household&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::ServerSetupWizard</name>
    <message>
        <source>&amp;Set Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database “%1” yet: it will be created and set up (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” will be set up (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is a household server of version %2; it will be updated to version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is an up-to-date household server; its roles, grants and row-level security will be applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has an administrator already: name another one only if you want one more, or leave the name empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the household&apos;s first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the server; on a large library this takes a while…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household server %1 is set up (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household server %1 is updated from version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household server %1 is up to date (version %2); its roles, grants and row-level security were applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to the server as %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this computer: choose a verified encrypted connection, so that the superuser&apos;s password goes to this server and nobody else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database “%1” holds %n table(s) of something else: setting it up would change who may use it. Choose a new or empty database.</source>
        <translation>
            <numerusform>The database “%1” holds %n table of something else: setting it up would change who may use it. Choose a new or empty database.</numerusform>
            <numerusform>The database “%1” holds %n tables of something else: setting it up would change who may use it. Choose a new or empty database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::ServerUsernames</name>
    <message>
        <source>“%1” cannot be a server username: use 3 to 32 lower-case letters, digits or underscores, not beginning with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a server username: names beginning with “pg_” or “omt_” are the server&apos;s own.</source>
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
        <source>Smart list: its rule picks the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible to everyone in the household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::SignInDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the household server &lt;b&gt;%1&lt;/b&gt; (%2, database %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain OmniMediaTrak can use, so the password is asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no password for this server any more; type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of your own to finish signing in; the one-time password works only for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::SmartListQuery</name>
    <message>
        <source>counting the items of a smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the items of a smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtering the items of a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::SqlConnection</name>
    <message>
        <source>reading the library</source>
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
    <message>
        <source>The library is damaged: part of its file cannot be read (while %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an OmniMediaTrak library, or its beginning is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is open read-only: nothing can be changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no user “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database “%2” on the server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled on the server %1; an administrator can enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented a certificate for another name: this may not be your server. Check the address, or the certificate the server uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the server %1 cannot be verified: give the file of the authority that signed it (sslrootcert=FILE in the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, and this address asks for one. Ask the administrator to switch TLS on (ssl = on).</source>
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
    <name>omt::StatusNotice</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical details of this error, to copy into a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this error</source>
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
    <message>
        <source>The library has no user; smart lists are seen by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark list lost its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving items into one gap never renumbered the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::StoryGraphReader</name>
    <message>
        <source>StoryGraph export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no read status OmniMediaTrak knows; imported as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no star rating from 0 to 5; the row was imported without it.</source>
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
    <name>omt::UserCoverStore</name>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover could not be saved.</source>
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
    <name>omt::cli::BenchCommand</name>
    <message>
        <source>Measure search, paging, smart lists and list moves on the library (not changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure importing a generated Goodreads export of N rows instead, twice (adds to the library: use a copy or a bench server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import: what the export is made from; a new seed makes new items (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import must be a number of rows from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli::CheckCommand</name>
    <message>
        <source>Check a library file for damage (pages, indexes, references); exit 1 when damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Checking: step %1 of %2</source>
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
    <message>
        <source>The library: a SQLite file, or postgresql://user@host:port/database?sslmode=verify-full. A password is asked for (or read from standard input), never given here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add technical details to error messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library file read-only. A library that cannot be written (read-only media, no write permission) is always opened read-only; commands that read it work, commands that change it fail.</source>
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
    <message>
        <source>Run “%1 --db %2 check” for a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is damaged: part of its file could not be read, so the output above may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-only is for library files; on a server, rights come with the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is read-only (on read-only media, without write permission, or opened with --read-only); this command changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 --db %2 user passwd”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
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
    <message>
        <source>All or nothing: the whole library is written in one transaction, so an
interrupted run (Ctrl+C, a killed process, a power cut) leaves the library
as it was, and the same command can simply be run again.
On a household server, run by an administrator: the generated users become
members (reader1, reader2, …) with one password, read after yours, and each
writes their own progress and lists; the administrator is the first user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generated members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli::ImportCommand</name>
    <message>
        <source>The export&apos;s format: %1, or auto to detect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only say what the import would do; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into this user&apos;s library (a library file: default the owner profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the same file again changes nothing; a newer export updates what changed. Everything is imported in one transaction: when a file cannot be read to its end, nothing is imported. On a household server the import goes to the signed-in member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --format (%1, or auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1 (detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”; known are %2, and auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a household server the import goes to the signed-in member; leave out --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows from “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create: %1, to update: %2, unchanged: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalogue items: %1; new lists: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import another tracker&apos;s export (Goodreads, StoryGraph, IMDb).</source>
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
    <message>
        <source>Show at most N results (default %1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli::ServerCommand</name>
    <message>
        <source>init: make this member the first administrator (their new password is read after the superuser&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a household server (init) or check that it is safe (check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init: as the PostgreSQL superuser (--db postgresql://postgres@host/database), creates or upgrades the household&apos;s schema, roles, row-level security and functions, and makes --admin NAME its first administrator. Running it again is safe.
server check: reports row-level security, what members own and may create, pg_hba.conf, TLS and auth_delay; exits with 1 when something is unsafe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server needs one action: init or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin is for server init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server action “%1”: use init or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init sets up a PostgreSQL database; give --db postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has no administrator yet: add --admin NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the household server %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the household server %1 from version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household server %1 is up to date (version %2); its roles, grants and row-level security were applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server check looks at a PostgreSQL server; give --db postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNSAFE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server is not safe: %n problem(s) above.</source>
        <translation>
            <numerusform>The server is not safe: %n problem above.</numerusform>
            <numerusform>The server is not safe: %n problems above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omt::cli::SmartCommand</name>
    <message>
        <source>List the items a smart-list filter matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter document (JSON), or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart needs exactly one filter file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart needs --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the filter “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate for this user (their status, ratings, lists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter “%1” is larger than 1 MB; a filter document is a few kilobytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omt::cli::UserCommand</name>
    <message>
        <source>add: make the new member an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events: show the newest N (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage a household server&apos;s members (add, reset, passwd, disable, enable, role, list, events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as a member of the household: --db postgresql://NAME@host/database.
  user add NAME [--admin]   make a member; prints their one-time password last
  user reset NAME           give a member a new one-time password
  user passwd               change your own password (reads the current one, then the new one)
  user disable NAME         stop a member from signing in and end their connections
  user enable NAME          let a disabled member sign in again
  user role NAME admin|member
  user list                 the members, tab-separated
  user events [--limit N]   the newest entries of the account record
All but passwd are for administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, reset, passwd, disable, enable, role, list or events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user needs an action: add, reset, passwd, disable, enable, role, list or events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user action “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>user %1 takes %n argument(s).</source>
        <translation>
            <numerusform>user %1 takes %n argument.</numerusform>
            <numerusform>user %1 takes %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>--admin is for user add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit is for user events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members live on a household server; give --db postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and signed out everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member&apos;s role is admin or member, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2). They sign in with this one-time password and then choose their own, before %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password no longer works. Their new one-time password, valid until %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords belong to household servers; give --db postgresql://NAME@…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
