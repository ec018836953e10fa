/** Usage text for `sourcelight --help` and `sourcelight COMMAND --help`. */

export const GENERAL_HELP = `sourcelight: find database claims and sourcing language in news articles.

Usage: sourcelight COMMAND [OPTIONS] ...

Commands:
  scan FILE...                         report the claims and sourcing in .txt or .html articles
  validate FILE...                     check claim pack files, listing every problem
  import-claimreview IN.json -o OUT    convert schema.org ClaimReview JSON-LD into a claim pack
  export-claimreview PACK.json -o OUT  write a pack's claims out as ClaimReview JSON-LD

Run "sourcelight COMMAND --help" for a command's options.
Exit codes: 0 success, 1 invalid input or problems found, 2 wrong usage.
`;

const HELP: Record<string, string> = {
  scan: `Usage: sourcelight scan [--json] [--pack PACK.json]... [--no-bundled] [--possible] FILE...

Reads each article and reports the sentences that state a claim of the claim database, with
the article's sourcing profile (how much rests on unnamed officials, intercepts, documents,
on-record statements, denials and other outlets' reporting).

  FILE            .txt (every line is its own block: headline, caption, paragraph) or
                  .html/.htm (the visible text, read with the extension's own rules)
  --json          print the machine-readable report instead of the readable one
  --pack FILE     also use this claim pack (repeatable)
  --no-bundled    leave out the bundled database (then give at least one --pack)
  --possible      also report possible (weaker) matches
`,
  validate: `Usage: sourcelight validate [--json] FILE...

Checks claim pack files: JSON syntax (with line and column), size and nesting limits, the pack
schema (every problem with its JSON path, such as claims[0].id), duplicate ids and keys, and
references between claims and entities. Files in an older schema version are migrated first,
and the changes are listed.

  --json          print the result as JSON
Exits 0 when every file is a valid pack, 1 otherwise.
`,
  'import-claimreview': `Usage: sourcelight import-claimreview IN.json -o PACK.json [options]

Converts schema.org ClaimReview JSON-LD (one object, an array, an @graph, or a page's JSON-LD
holding ClaimReview nodes) into a claim pack, and reports what could not be mapped.

  -o, --output FILE     where to write the pack (required; "-" for standard output)
  --name TEXT           pack name (default: "ClaimReview import from <publisher>")
  --publisher TEXT      pack publisher (default: the reviews' author)
  --license TEXT        pack license (default: the reviews' own license when they all state
                        the same one, else "unspecified: see the publisher's terms")
  --pack-version TEXT   pack version (default: "1")
`,
  'export-claimreview': `Usage: sourcelight export-claimreview PACK.json -o OUT.json

Writes every claim of a pack as schema.org ClaimReview JSON-LD (an @graph). Claims without a
review of their own are exported as reviewed by the pack's publisher, rated by their status.

  -o, --output FILE     where to write (required; "-" for standard output)
`,
};

export function commandHelp(name: string): string {
  return HELP[name] ?? GENERAL_HELP;
}
