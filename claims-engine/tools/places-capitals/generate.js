#!/usr/bin/env node
// Generates places-capitals.tsv: "the Belgian capital" / "la capitale belge" name Brussels. For every country, a
// `place` line "<english demonym> capital" and one "capitale <french demonym, feminine>" whose value is the
// capital city as gazetteer.tsv or places-world.tsv already spell it. See README.md beside this file.
//
//   node generate.js [RESOURCES_DIR] [OUT_FILE]
//
// RESOURCES_DIR defaults to ../../src/main/resources/org/claims/engine (relative to this script) and OUT_FILE to
// RESOURCES_DIR/places-capitals.tsv. The npm package world-countries must be resolvable
// (NODE_PATH pointing at a folder where they were installed). A report (counts, skipped countries and why) goes to standard error;
// the script exits non-zero when the output fails its checks (4 fields, no duplicate pattern, known values).
'use strict';
const fs = require('fs');
const path = require('path');

const RES = path.resolve(process.argv[2] || path.join(__dirname, '../../src/main/resources/org/claims/engine'));
const OUT = path.resolve(process.argv[3] || path.join(RES, 'places-capitals.tsv'));

const countries = require('world-countries/countries.json');
const pkgVersion = require('world-countries/package.json').version;

// ---------------------------------------------------------------------------------------------------------------
// Hand-written tables.

// Not sovereign in the data's "independent" flag but written about as countries with a capital of their own.
const TREATED_AS_STATES = new Set(['XK', 'TW']);

// Countries left out entirely, with the reason printed in the report.
const SKIP = {
  PS: 'capital disputed (Ramallah is the seat of the Palestinian Authority, East Jerusalem the claimed capital)',
  VA: 'city-state whose demonym "Vatican" is no adjective of a capital ("the Vatican capital")',
  HK: 'no capital of its own',
  MO: 'no capital of its own',
  BQ: 'several capitals (Kralendijk, Oranjestad, The Bottom)',
  EH: 'disputed territory (the capital claimed by the Sahrawi Republic is not the city Morocco administers)',
  SG: 'city-state: its capital is the country itself ("Singaporean capital" would mostly be money)',
  MC: 'city-state: its capital is the country itself',
  GI: 'city-territory: its capital is the territory itself, and its demonym in the data is its name',
};

// Countries with several capitals (constitutional, administrative, legislative): the one news means by "the
// <demonym> capital", the seat of government. Printed in the output's header.
const CAPITAL_CHOICE = {
  ZA: ['Pretoria', 'seat of government (executive); Cape Town is legislative, Bloemfontein judicial'],
  NL: ['Amsterdam', 'constitutional capital; The Hague is the seat of government but is not called the capital'],
  BO: ['La Paz', 'seat of government; Sucre is the constitutional capital'],
  SZ: ['Mbabane', 'administrative capital and seat of government; Lobamba is the royal and legislative capital'],
};

// The data's capital name -> the name to look up in the inputs, where the inputs spell it otherwise.
const CAPITAL_ALIAS = {
  'Washington D.C.': 'Washington DC', // the gazetteer's capital line "washington dc" -> Washington
  'Ulan Bator': 'Ulaanbaatar',        // both are values of places-world.tsv; news writes Ulaanbaatar
};

// Demonyms of the data that are no adjective in use, replaced (English, folded).
const ENG_REPLACE = {
  DJ: ['djiboutian'],               // data: "Djibouti"
  IS: ['icelandic'],                // data: "Icelander"
  SR: ['surinamese'],               // data: "Surinamer"
  MV: ['maldivian'],                // data: "Maldivan"
  CV: ['cape verdean'],             // data: "Cape Verdian"
  TJ: ['tajik', 'tajikistani'],     // data: "Tadzhik"
  KG: ['kyrgyz', 'kyrgyzstani'],    // data: "Kirghiz"
  LU: ['luxembourg'],               // data: "Luxembourger" (a person); news writes "the Luxembourg capital"
  NZ: ['new zealand'],              // data: "New Zealander" (a person)
  BW: ['botswana'],                 // data: "Motswana" (a person)
  LS: ['lesotho'],                  // data: "Mosotho" (a person)
  SB: ['solomon islands'],          // data: "Solomon Islander" (a person)
  MH: ['marshallese', 'marshall islands'],
  GW: ['bissau guinean', 'guinea bissau'], // data: "Guinea-Bissauan"
  KI: ['kiribati'],                 // data: "I-Kiribati"
  VU: ['vanuatu', 'vanuatuan'],     // data: "Ni-Vanuatu"
  LI: ['liechtenstein'],            // data: "Liechtensteiner" (a person)
  FK: ['falklands', 'falkland islands'], // data: "Falkland Islander" (a person)
  SX: ['sint maarten'],             // data: "St. Maartener" (a person)
};
// French demonyms of the data left out: FK "Malouine" is also Saint-Malo's ("la capitale malouine").
const FRA_DROP = new Set(['FK']);
// Further adjectives in common use, added to the data's (English, folded).
const ENG_EXTRA = {
  SA: ['saudi'],
  PH: ['philippine'],
  KZ: ['kazakh'],
  UZ: ['uzbek'],
  EC: ['ecuadorian'],
  SI: ['slovenian'],
  TL: ['timorese'],
  GB: ['uk'],
  US: ['us', 'u s'],
  MM: ['myanmar'],
  SZ: ['eswatini'],
  TR: ['turkiye'],
  CZ: ['czech republic'],
};
// Further French adjectives (feminine, folded), added to the data's.
const FRA_EXTRA = {
  AE: ['emiratie'],
  BF: ['burkinabe'],                // invariable "burkinabè" beside the data's "burkinabée"
  KZ: ['kazakhe'],
  CR: ['costaricienne'],
  SR: ['surinamienne'],
  PW: ['palaosienne'],
  TO: ['tongienne'],
  KG: ['kirghizistanaise'],
  TJ: ['tadjikistanaise'],
  UZ: ['ouzbekistanaise'],
  US: ['etats unienne'],
};

// ---------------------------------------------------------------------------------------------------------------
// Folding as the engine does it (org.claims.engine.text.Folding and Tokenizer): one char at a time, NFD's first
// char lower-cased below U+0250, a few ligatures to one letter; then words are runs of letters or digits.

function foldChar(c) {
  const code = c.charCodeAt(0);
  const special = { '\u00df': 's', '\u0153': 'o', '\u0152': 'o', '\u00e6': 'a', '\u00c6': 'a' };
  if (special[c]) return special[c];
  if (code < 0x250) return c.normalize('NFD').charAt(0).toLowerCase();
  return c.toLowerCase();
}

function fold(s) {
  let out = '';
  for (const c of s) out += foldChar(c);
  return (out.match(/[\p{L}\p{N}]+/gu) || []).join(' ');
}

// "Antiguan, Barbudan", "Kittitian or Nevisian", "Antiguaise et barbudienne": the first names the country's main
// island, where the capital is; the others would name another island's.
function firstOf(demonym) {
  return demonym.split(/, | or | et |-et-/i)[0];
}

// ---------------------------------------------------------------------------------------------------------------
// The inputs' place values.

function placeLines(file) {
  const out = [];
  for (const line of fs.readFileSync(path.join(RES, file), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (f[0] === 'place') out.push({ file, pattern: fold(f[1]), value: f[2], extra: f[3] || '' });
  }
  return out;
}

const inputs = [...placeLines('gazetteer.tsv'), ...placeLines('places-world.tsv')];
const values = new Set(inputs.map((e) => e.value));
const capitalByPattern = new Map(); // gazetteer lines marked "capital": folded pattern -> value
const valuesByPattern = new Map();  // every place line: folded pattern -> values
const patternsInInputs = new Map(); // folded pattern -> "file: value" (to report overlaps)
for (const e of inputs) {
  if (e.extra === 'capital') capitalByPattern.set(e.pattern, e.value);
  if (!valuesByPattern.has(e.pattern)) valuesByPattern.set(e.pattern, new Set());
  valuesByPattern.get(e.pattern).add(e.value);
  if (!patternsInInputs.has(e.pattern)) patternsInInputs.set(e.pattern, `${e.file}: ${e.value}`);
}

// The inputs' value for a capital's name: a gazetteer capital line first, then the same value, then a pattern
// naming one value only.
function resolve(name) {
  const target = CAPITAL_ALIAS[name] || name;
  const key = fold(target);
  if (capitalByPattern.has(key)) return capitalByPattern.get(key);
  if (values.has(target)) return target;
  const vs = valuesByPattern.get(key);
  if (vs && vs.size === 1) return [...vs][0];
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The join.

const skipped = []; // [code, name, reason]
const candidates = []; // {pattern, value, code, name, sovereign}

for (const c of countries) {
  const code = c.cca2;
  const name = c.name.common;
  const sovereign = c.independent === true || TREATED_AS_STATES.has(code);
  if (SKIP[code]) { skipped.push([code, name, SKIP[code]]); continue; }
  let capitalName;
  if (CAPITAL_CHOICE[code]) capitalName = CAPITAL_CHOICE[code][0];
  else if (!c.capital || c.capital.length === 0) { skipped.push([code, name, 'no capital in the data']); continue; }
  else if (c.capital.length > 1) { skipped.push([code, name, `several capitals (${c.capital.join(', ')})`]); continue; }
  else capitalName = c.capital[0];
  const value = resolve(capitalName);
  if (!value) { skipped.push([code, name, `capital "${capitalName}" has no place value in the inputs`]); continue; }

  const d = c.demonyms || {};
  // "Cocos Islander", "Turks and Caicos Islander": a person, not an adjective; no "... islander capital".
  let eng = ENG_REPLACE[code] || [d.eng && d.eng.m, d.eng && d.eng.f].filter(Boolean).map((x) => fold(firstOf(x)))
    .filter((x) => !/ islander$/.test(x));
  eng = [...eng, ...(ENG_EXTRA[code] || [])];
  let fra = d.fra && d.fra.f && !FRA_DROP.has(code) ? [fold(firstOf(d.fra.f))] : [];
  fra = [...fra, ...(FRA_EXTRA[code] || [])];
  if (eng.length + fra.length === 0) {
    skipped.push([code, name, d.eng ? `no adjective: the data's demonym "${d.eng.m}" names a person, and no French one`
      : 'no demonym in the data']);
    continue;
  }
  for (const a of new Set(eng)) candidates.push({ pattern: `${a} capital`, value, code, name, sovereign });
  for (const a of new Set(fra)) candidates.push({ pattern: `capitale ${a}`, value, code, name, sovereign });
}

// A pattern shared by several countries with different capitals: a sovereign state's wins over dependent
// territories' (the Northern Mariana Islands' "American", the French Southern Lands' "French"); otherwise it
// names no capital and is left out.
const byPattern = new Map();
for (const e of candidates) {
  if (!byPattern.has(e.pattern)) byPattern.set(e.pattern, []);
  byPattern.get(e.pattern).push(e);
}
const lines = [];
const dropped = []; // [pattern, reason]
for (const [pattern, es] of byPattern) {
  let keep = es;
  if (new Set(keep.map((e) => e.value)).size > 1) {
    const sov = keep.filter((e) => e.sovereign);
    if (sov.length > 0 && sov.length < keep.length) keep = sov;
  }
  const vs = new Set(keep.map((e) => e.value));
  const others = es.filter((e) => !keep.includes(e)).map((e) => `${e.name} (${e.value})`);
  if (vs.size > 1) {
    dropped.push([pattern, `ambiguous: ${es.map((e) => `${e.name} (${e.value})`).join(', ')}`]);
    continue;
  }
  if (others.length) dropped.push([pattern, `kept for ${keep[0].name}; not for the territory ${others.join(', ')}`]);
  lines.push({ pattern, value: keep[0].value, code: keep[0].code, name: keep[0].name });
}
lines.sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));

// Countries that lost every pattern to ambiguity are skipped too.
const covered = new Set(lines.map((l) => l.code));
for (const c of countries) {
  const code = c.cca2;
  if (covered.has(code) || skipped.some((s) => s[0] === code)) continue;
  skipped.push([code, c.name.common, 'every demonym ambiguous (' +
    [...byPattern].filter(([, es]) => es.some((e) => e.code === code)).map(([p]) => `"${p}"`).join(', ') + ')']);
}

// ---------------------------------------------------------------------------------------------------------------
// Output.

const unresolved = skipped.filter((x) => x[2].startsWith('capital "'))
  .map(([, name, why]) => `${name}: no "${why.split('"')[1]}"`);
const header = [
  '# Capitals by nationality adjective: "the Belgian capital" and "la capitale belge" name Brussels. One `place`',
  '# line per country and language, "<english demonym> capital" and "capitale <french demonym, feminine>", whose',
  '# value is the capital city as gazetteer.tsv or places-world.tsv spell it; entries of gazetteer.tsv win over',
  '# these. Generated (not edited by hand) by claims-engine/tools/places-capitals/generate.js; see the README.md',
  '# beside it to regenerate.',
  `# Contains information from world-countries ${pkgVersion} (mledoze/countries, https://github.com/mledoze/countries),`,
  '# which is made available under the Open Database License (ODbL) 1.0',
  '# (https://opendatacommons.org/licenses/odbl/1.0/); this file, a derivative database of it (demonyms and',
  '# capitals, filtered, case-folded, joined with the place values of gazetteer.tsv and places-world.tsv, some',
  '# demonyms added or replaced by hand), is made available under the same licence.',
  '# A demonym shared by countries with different capitals names none ("congolese capital", "dominican capital");',
  '# a sovereign state\'s wins over a dependent territory\'s ("french capital" is Paris). Where the data gives one',
  '# official capital it is kept even when news also calls another city a capital ("capitale economique"):',
  '# Ivory Coast Yamoussoukro, Benin Porto-Novo, Tanzania Dodoma, Burundi Gitega, Israel Jerusalem. A capital',
  '# without a place value in the inputs gets no line' + (unresolved.length ? ` (${unresolved.join('; ')})` : '') + '.',
  '# Countries with several capitals get the one news means by "the <demonym> capital":',
  ...Object.entries(CAPITAL_CHOICE).map(([code, [cap, why]]) =>
    `#   ${countries.find((c) => c.cca2 === code).name.common}: ${cap} (${why})`),
  '# kind<TAB>pattern<TAB>value<TAB>extra   (the gazetteer format)',
];
const body = lines.map((l) => `place\t${l.pattern}\t${l.value}\tcapital`);

// Checks.
const errors = [];
const seen = new Set();
for (const line of body) {
  const f = line.split('\t');
  if (f.length !== 4 || f.some((x) => x === '')) errors.push(`not 4 fields: ${line}`);
  if (seen.has(f[1])) errors.push(`duplicate pattern: ${f[1]}`);
  seen.add(f[1]);
  if (!values.has(f[2])) errors.push(`unknown value: ${line}`);
  if (fold(f[1]) !== f[1]) errors.push(`pattern not folded: ${f[1]}`);
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}

fs.writeFileSync(OUT, [...header, ...body].join('\n') + '\n');

const log = (s) => process.stderr.write(s + '\n');
log(`${body.length} lines written to ${OUT} (${covered.size} countries)`);
log(`\nSkipped countries (${skipped.length}):`);
for (const [code, name, why] of skipped.sort()) log(`  ${code} ${name}: ${why}`);
log(`\nPatterns dropped or narrowed (${dropped.length}):`);
for (const [p, why] of dropped.sort()) log(`  "${p}": ${why}`);
const overlaps = lines.filter((l) => patternsInInputs.has(l.pattern));
log(`\nPatterns also in the inputs (${overlaps.length}; this file is read after places-world.tsv, before gazetteer.tsv):`);
for (const l of overlaps) log(`  "${l.pattern}" -> ${l.value}; ${patternsInInputs.get(l.pattern)}`);
if (process.env.VERBOSE) {
  log('\nCapitals:');
  const done = new Set();
  for (const l of lines) {
    if (done.has(l.code)) continue;
    done.add(l.code);
    const c = countries.find((x) => x.cca2 === l.code);
    log(`  ${l.code} ${l.name}: ${JSON.stringify(c.capital)} -> ${l.value}`);
  }
}
