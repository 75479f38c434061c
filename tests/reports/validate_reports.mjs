// Reads galley's batch reports back with parsers that are not galley's own, as CI systems do:
//   JUnit XML  -> fast-xml-parser, checked for the fields GitLab and Jenkins read;
//   SARIF      -> ajv against the published SARIF 2.1.0 (rtm.5) JSON schema, plus line/column and
//                 fingerprint checks;
//   HTML       -> opened in headless Chromium (playwright-core, Debian's /usr/bin/chromium); the
//                 highlighted spans must be there and visibly highlighted.
// Usage: node validate_reports.mjs --galley PATH/galley --fixtures tests/fixtures/batch
// Exits non-zero with a message on the first failed check.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const galley = args.galley;
const fixtures = path.resolve(args.fixtures);
const chromiumPath = args.chromium || "/usr/bin/chromium";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "galley-reports-"));

let checks = 0;
function assert(condition, message) {
  if (!condition) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
  }
  checks++;
}

// Runs galley; exit 1 (findings) is expected for the fixtures.
function report(format, extra = [], manifest = path.join(fixtures, "manifest.jsonl")) {
  const out = path.join(work, `report-${format}-${checks}.${format}`);
  try {
    execFileSync(galley, ["check", "--batch", manifest, "--glossary", path.join(fixtures, "glossary.tsv"),
                          `--format=${format}`, "--output", out, ...extra], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (e) {
    assert(e.status === 1, `galley --format=${format} exited ${e.status}: ${e.stderr}`);
  }
  return fs.readFileSync(out, "utf8");
}

const asArray = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

// --- JUnit -------------------------------------------------------------------------------------
{
  const xml = report("junit");
  assert(XMLValidator.validate(xml) === true, "JUnit report is well-formed XML");
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
  assert(doc.testsuites, "root element is <testsuites>");
  const suites = asArray(doc.testsuites.testsuite);
  assert(suites.length === 3, `one <testsuite> per article (got ${suites.length})`);
  let failures = 0;
  for (const suite of suites) {
    for (const field of ["name", "tests", "failures", "errors", "time"]) {
      assert(suite[field] !== undefined, `testsuite ${suite.name} has ${field}`);
    }
    const cases = asArray(suite.testcase);
    assert(Number(suite.tests) === cases.length, `testsuite ${suite.name}: tests = number of testcases`);
    const failing = cases.filter((c) => asArray(c.failure).length > 0).length;
    assert(Number(suite.failures) === failing, `testsuite ${suite.name}: failures = failing testcases`);
    assert(!Number.isNaN(Number(suite.time)), `testsuite ${suite.name}: time is a number`);
    const names = cases.map((c) => c.name);
    assert(["number", "name", "omission", "addition", "untranslated", "glossary"].every((n) => names.includes(n)),
           `testsuite ${suite.name}: a testcase per check (${names})`);
    for (const c of cases) {
      assert(c.classname === `galley.${suite.name}`, `testcase classname galley.${suite.name}`);
      for (const f of asArray(c.failure)) {
        failures++;
        assert(/^[A-Z_]+$/.test(f.type), `failure type is a finding code (${f.type})`);
        assert(f.message.includes(f.type) && f.message.includes("«"), `failure message has the code and spans: ${f.message}`);
      }
    }
  }
  const budget = suites.find((s) => s.name === "budget");
  const number = asArray(budget.testcase).find((c) => c.name === "number");
  const failure = asArray(number.failure)[0];
  assert(failure.message.includes("Korean «677조 원»") && failure.message.includes("English «677 billion won»"),
         `both spans in the failure message: ${failure.message}`);
  assert(failures >= 6, `every finding is a failure (${failures})`);
}

// --- SARIF -------------------------------------------------------------------------------------
{
  const schema = JSON.parse(fs.readFileSync(
    require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
  // unicodeRegExp off: the published schema has a pattern ("language") that is invalid with /u.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const text = report("sarif");
  const sarif = JSON.parse(text);
  const valid = validate(sarif);
  assert(valid, `SARIF validates against the 2.1.0 schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  assert(sarif.version === "2.1.0", "SARIF version 2.1.0");
  const run = sarif.runs[0];
  const rules = run.tool.driver.rules.map((r) => r.id);
  assert(rules.includes("GLOSSARY_VIOLATION") && rules.includes("NUMBER_MISMATCH"), "rules are the finding codes");
  for (const r of run.tool.driver.rules) assert(r.shortDescription.text.length > 10, `rule ${r.id} has a description`);
  assert(run.results.length >= 6, `a result per finding (${run.results.length})`);
  for (const result of run.results) {
    assert(rules[result.ruleIndex] === result.ruleId, `ruleIndex points at ${result.ruleId}`);
    assert(/^[0-9a-f]{16}$/.test(result.partialFingerprints["galleyFinding/v1"]), "partialFingerprints set");
  }
  // Line and column computed from the byte offsets: the English file's text at that place.
  const mismatch = run.results.find((r) => r.ruleId === "NUMBER_MISMATCH" && r.properties.articleId === "budget");
  const region = mismatch.locations[0].physicalLocation.region;
  const file = fs.readFileSync(path.join(fixtures, "budget.en.txt"), "utf8");
  const line = file.split("\n")[region.startLine - 1];
  const codePoints = Array.from(line);
  assert(codePoints.slice(region.startColumn - 1, region.endColumn - 1).join("") === "677 billion won",
         `startLine/startColumn point at the span (line ${region.startLine}, column ${region.startColumn})`);
  assert(Buffer.from(file).subarray(region.byteOffset, region.byteOffset + region.byteLength).toString() === "677 billion won",
         "byteOffset/byteLength point at the span");

  // Stable fingerprints: the same findings in an article with a paragraph added on top keep
  // their fingerprints although their lines move.
  const shifted = path.join(work, "shifted");
  fs.mkdirSync(shifted);
  fs.writeFileSync(path.join(shifted, "budget.ko.txt"), "세종=연합뉴스\n\n" + fs.readFileSync(path.join(fixtures, "budget.ko.txt"), "utf8"));
  fs.writeFileSync(path.join(shifted, "budget.en.txt"), "SEJONG (Yonhap)\n\n" + file);
  const moved = JSON.parse(report("sarif", [], shifted)).runs[0].results;
  const fingerprints = (results) => results.filter((r) => r.properties.articleId === "budget")
    .map((r) => `${r.ruleId}:${r.partialFingerprints["galleyFinding/v1"]}`).sort();
  const before = fingerprints(run.results), after = new Set(fingerprints(moved));
  assert(before.length > 0 && before.every((f) => after.has(f)),
         `fingerprints do not change when the text around a finding moves (${before} in ${[...after]})`);
  const movedMismatch = moved.find((r) => r.ruleId === "NUMBER_MISMATCH");
  assert(movedMismatch.locations[0].physicalLocation.region.startLine === region.startLine + 2, "lines did move");
}

// --- HTML in headless Chromium ----------------------------------------------------------------------
{
  report("html");  // Written to a file; open the latest one.
  const html = fs.readdirSync(work).filter((f) => f.endsWith(".html")).map((f) => path.join(work, f))[0];
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
    await page.goto("file://" + html);
    const marks = await page.$$eval("mark[data-code]", (els) => els.map((e) => ({
      code: e.dataset.code, text: e.textContent, background: getComputedStyle(e).backgroundColor,
      visible: e.getBoundingClientRect().width > 0 })));
    const has = (code, text) => marks.some((m) => m.code === code && m.text === text);
    assert(has("NUMBER_MISMATCH", "677 billion won") && has("NUMBER_MISMATCH", "677조 원"), "both spans of the 조/billion error highlighted");
    assert(has("NUMBER_MISMATCH", "1,200 people") && has("NAME_MISMATCH", "Kim Min-young"), "the example article's spans highlighted");
    assert(has("GLOSSARY_VIOLATION", "한국은행"), "the glossary term highlighted in the Korean");
    assert(marks.every((m) => m.visible && m.background !== "rgba(0, 0, 0, 0)"), "every highlight is visible, with a background");
    const bars = await page.$$eval("#chart rect.bar", (els) => els.map((e) => e.dataset.check));
    assert(bars.includes("number") && bars.includes("glossary"), `the chart has bars by check (${bars})`);
    const sections = await page.$$eval("section.article h2", (els) => els.map((e) => e.textContent));
    assert(sections.length === 3, `each flagged article has a section (${sections})`);
    assert(requests.length === 0, `self-contained: no requests beyond the file (${requests})`);
    await page.screenshot({ path: path.join(work, "report.png"), fullPage: true });
  } finally {
    await browser.close();
  }
}

console.log(`validate_reports: ${checks} checks passed (reports in ${work})`);
