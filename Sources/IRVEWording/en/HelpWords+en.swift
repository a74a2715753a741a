import IRVEFindings

extension English: HelpWords {
    static func help(_ topic: HelpTopic) -> String {
        switch topic {
        case .irve(.abstract): "Checks, repairs and publishes the IRVE data (charging points) of French communes."
        case .irve(.discussion): "Messages in French by default; --lang en (or the IRVE_LANG=en variable) for English."
        case .check(let t): check(t)
        case .fix(let t): fix(t)
        case .geo(let t): geo(t)
        case .describe(let t): describe(t)
        case .publish(let t): publish(t)
        case .extract(let t): extractHelp(t)
        case .map(let t): mapHelp(t)
        case .serve(let t): serve(t)
        case .survey(let t): surveyHelp(t)
        case .geocoder(let t): geocoder(t)
        case .metadata(let t): metadata(t)
        case .workbook(let t): workbookHelp(t)
        case .language: "Language of the messages: fr or en."
        }
    }

    /// ArgumentParser's own headings are English already.
    static func helpScreen(_ english: String) -> String { english }

    private static func check(_ t: HelpTopic.Check) -> String {
        switch t {
        case .abstract: "Checks IRVE files (CSV or XLSX) against the national schema."
        case .discussion:
            """
            Exit codes: 0 valid file, 1 invalid file, 2 file or command that could not be processed.
            With several files or a folder: one line per file, then a summary; the code is the worst over the \
            files (2 if one is unreadable; the others are still checked).
            The schema is chosen from the header, or set by --schema (statique, dynamique, statique@2.2.1, or a JSON \
            file).
            """
        case .file: "The files to check (.csv or .xlsx), folders (searched with their subfolders) or https:// URLs."
        case .rules: "Lists the IRVE business rules (code, severity, explanation) and stops."
        case .disable: "Turns a business rule off (its code, e.g. phone-format); repeatable."
        case .failOn: "Severity that makes the command fail (exit code 1): error (default) or warning."
        case .schemaOnly: "Checks the schema only, without the IRVE business rules."
        case .noGeo: "Skips the geographic checks (coordinates, INSEE code, postcode, address)."
        case .schema: "Schema: statique, dynamique, NAME@VERSION or the path of a Table Schema JSON file."
        case .strictHeader: "Columns compared by position, like frictionless (default: by name, like Validata)."
        case .format:
            "Report format: text, json, ndjson, github (annotations), junit (XML) or gitlab (Code Quality) "
                + "(markdown: with --rules, the README's tables)."
        case .maxFindings:
            "Largest number of findings kept in the report (the totals stay exact; 10 annotations by default "
                + "with --format github)."
        case .allowHTTP: "Accepts http:// URLs (default: https:// only)."
        case .maxDownload: "Largest size of a downloaded file, in MiB."
        case .downloadTimeout: "Longest time of a download, in seconds."
        case .jobs: "Files checked at the same time (default: the number of cores)."
        }
    }

    private static func serve(_ t: HelpTopic.Serve) -> String {
        switch t {
        case .abstract: "Starts the web assistant on this computer: drop, understand, repair, download."
        case .discussion:
            """
            The assistant listens on 127.0.0.1 and prints its address; Ctrl-C stops it.
            Uploaded files stay in a private folder, deleted when the session expires (2 h) and at shutdown.
            To serve the communes of a territory: --host 0.0.0.0 --public, behind an HTTPS proxy \
            (--behind-https), with a shared password if needed (--password-file); see docs/hosting.md.
            """
        case .port: "The port to listen on (8080 by default; 0: a free port, the address printed has the real one)."
        case .open: "Opens the assistant in the default browser."
        case .maxUpload: "Largest file accepted, in MB (100 by default)."
        case .host: "The address to listen on (127.0.0.1 by default); any other needs --public."
        case .isPublic: "The assistant serves other people: limits, warning, privacy note."
        case .behindHTTPS: "An HTTPS proxy is in front of the assistant: sends Strict-Transport-Security."
        case .passwordFile: "A file holding the shared password asked of every visitor."
        case .maxSessions: "Most sessions open at once (200 by default)."
        case .maxDisk: "Total disk for uploaded files, in MB (2048 by default)."
        case .maxChecks: "Checks at once (default: the number of cores)."
        case .checkWait: "Longest wait for a check, in seconds, before the 503 refusal (60 by default)."
        case .rateLimit: "Requests a minute accepted from one address (600 by default)."
        case .idleTimeout: "A silent connection is closed after this time, in seconds (60 by default)."
        case .sessionMinutes: "Lifetime of an idle session, in minutes (120 by default)."
        }
    }

    private static func fix(_ t: HelpTopic.Fix) -> String {
        switch t {
        case .abstract: "Repairs an IRVE file into a copy (the original file is never modified)."
        case .discussion:
            """
            Writes a copy in the statique 2.3.1 format (UTF-8, comma, LF line endings) and the change log.
            Safe repairs are applied; guesses only with --aggressive.
            Exit codes: 0 file written, 2 impossible (unreadable file, existing output without --force…).
            """
        case .input: "The file to repair (.csv or .xlsx)."
        case .output: "The repaired file to write."
        case .log: "Change log: a .csv or .json file."
        case .dryRun: "Shows the changes without writing anything."
        case .force: "Replaces an existing output file."
        case .aggressive: "Also applies the uncertain repairs (guesses)."
        case .keepExtra: "Keeps the columns the schema does not know (at the end)."
        case .format: "Output format: text or json (the changes, what is left to fill in, the files written)."
        case .map:
            "Places a column onto a schema field: --map \"Puissance max KW=puissance_nominale\" (repeatable)."
        case .noGeo: "Without the geographic repairs (INSEE code from the point, the postcode or the old code)."
        }
    }

    private static func geo(_ t: HelpTopic.Geo) -> String {
        switch t {
        case .abstract: "Geographic data: the local address index (BAN)."
        case .importAbstract: "Imports BAN files adresses-XX.csv(.gz) into the local address index (SQLite)."
        case .importDiscussion:
            """
            Files: https://adresse.data.gouv.fr/data/ban/adresses/latest/csv/ (one per department, \
            Licence Ouverte 2.0: check the licence when downloading). Importing a department again replaces \
            its communes. Then: irve check --ban-index INDEX FILE.csv
            """
        case .files: "BAN files (adresses-XX.csv or .csv.gz)."
        case .index: "Index to create or extend (default ~/.cache/irve/ban.sqlite, or $XDG_CACHE_HOME/irve)."
        case .format: "Output format: text or json (the index and its figures)."
        }
    }

    private static func describe(_ t: HelpTopic.Describe) -> String {
        switch t {
        case .abstract: "Writes the data.gouv.fr descriptive record of a statique IRVE file, from its data."
        case .discussion:
            """
            Title, description, keywords, spatial and temporal coverage, frequency, licence, resource and schema, \
            contact point; predicts the data.gouv.fr quality score (out of 9) and says how to reach 9/9.
            The options (or the record file FILE.fiche.txt) replace the values drawn from the file.
            Exit codes: 0 record written, 2 impossible (unreadable file, invalid option).
            """
        case .input: "The statique IRVE file (.csv or .xlsx)."
        case .format: "markdown (default) or json (the udata requests)."
        case .output: "Writes the record to this file instead of showing it."
        case .force: "Replaces the output file if it already exists."
        }
    }

    private static func publish(_ t: HelpTopic.Publish) -> String {
        switch t {
        case .abstract: "Publishes a statique IRVE file on data.gouv.fr (a dry run by default, --send to send)."
        case .discussion:
            """
            Without --send, writes the planned requests (method, path, JSON body, file sent) to a folder, for review.
            With --send: checks the key, finds the dataset already published (local memory, else a search in the \
            organisation), creates it as a draft if there is none, uploads or replaces the file, describes the \
            resource, writes the full record and makes it public.
            API key: the DATAGOUV_API_KEY variable, else ~/.config/irve/datagouv-api-key (readable by you only).
            Exit codes: 0 published (or dry run written), 1 refused (file with errors, key or rights refused, \
            metadata refused), 2 impossible (unreadable file, network, service unavailable).
            """
        case .input: "The statique IRVE file (.csv)."
        case .send: "Really sends the requests (else a dry run)."
        case .api: "Address of the API (default https://www.data.gouv.fr/api/1)."
        case .demo: "Uses demo.data.gouv.fr (a sandbox, with other keys)."
        case .force: "Publishes even a file that has errors (not advised)."
        case .dataset: "Updates this dataset (its identifier)."
        case .new: "Creates a new dataset even if another one is known."
        case .planDir: "Folder of the dry run (default FILE.publication next to the file)."
        case .state: "Local memory of the publications (SQLite)."
        case .keyFile: "File that holds the API key (readable by you only)."
        case .format: "Output format: text or json (the dry run's plan or the result, without the API key)."
        }
    }

    private static func geocoder(_ t: HelpTopic.Geocoder) -> String {
        switch t {
        case .geocoder:
            "BAN/addok geocoder to query (e.g. https://data.geopf.fr/geocodage, the national service): turns on the "
                + "address-far-from-point check."
        case .banIndex: "Local address index made by \"irve geo import-ban\" (offline), instead of --geocoder."
        case .addressThreshold:
            "Distance (metres) between the geocoded address and the coordinates beyond which it is reported (default "
                + "500)."
        case .cache:
            "SQLite cache of the geocoder's answers (default ~/.cache/irve/geocodage.sqlite; \"none\": no cache)."
        }
    }

    private static func metadata(_ t: HelpTopic.Metadata) -> String {
        switch t {
        case .title: "Title of the dataset."
        case .organization: "data.gouv.fr organisation (name) to publish under."
        case .organizationID: "Identifier of the data.gouv.fr organisation."
        case .frequency: "Update frequency (irregular, monthly, annual…; the French names work too)."
        case .license: "Licence (lov2 by default)."
        case .contactName: "Name of the contact point."
        case .contactEmail: "Email address of the contact point."
        case .tag: "Keyword to add (repeatable)."
        case .resourceTitle: "Title of the resource."
        case .resourceDescription: "Description of the resource."
        case .temporalStart: "Start of the temporal coverage (YYYY-MM-DD)."
        case .temporalEnd: "End of the temporal coverage (YYYY-MM-DD)."
        case .schemaVersion: "Declared schema version (default the file's)."
        case .file: "Metadata record of \"key: value\" lines (default FILE.fiche.txt or fiche.txt next to the file)."
        }
    }
}
