// Lighthouse's mobile audit (its default: a Moto G Power on slow 4G, simulated) of every citizen page of a running
// portal, signed out and then signed in as Jane Demo in the same browser, so the signed-in pages keep her session.
// Usage: node audit.mjs BASE_URL OUT_DIR — writes OUT_DIR/<page>.json (Lighthouse's own report) and prints a table.
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const [base, out] = process.argv.slice(2);
const signedOut = ['', 'sign-in', 'register'];
const signedIn = ['', 'appointments', 'record', 'prescriptions', 'messages', 'access-log', 'account'];

fs.mkdirSync(out, {recursive: true});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
const rows = [];
try {
  const page = await browser.newPage();
  for (const p of signedOut) {
    rows.push(await audit(page, p, 'signed-out-' + (p || 'home'), false));
  }
  await signIn(page, 'jane.demo', process.env.PORTAL_PASSWORD || 'Portal-Demo-2026!');
  for (const p of signedIn) {
    rows.push(await audit(page, p, p || 'home', true));
  }
} finally {
  await browser.close();
}
console.log('| Page | Performance | Accessibility | Best practices | FCP (s) | LCP (s) | TBT (ms) | Bytes (KiB) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.fcp} | ${r.lcp} | ${r.tbt}`
      + ` | ${r.kib} |`);
}
for (const r of rows.filter(r => r.failed.length > 0)) {
  console.log(`${r.name}: ${r.failed.join('; ')}`);
}

async function signIn(page, username, password) {
  await page.goto(base + '/sign-in');
  await page.waitForSelector('#sign-in-username input');
  await page.type('#sign-in-username input', username);
  await page.type('#sign-in-password input', password);
  await page.click('#sign-in-button');
  await page.waitForSelector('#home-view');
}

async function audit(page, pagePath, name, keepSession) {
  // the storage reset would sign Jane out before each signed-in page
  const result = await lighthouse(base + '/' + pagePath, {
    output: 'json', logLevel: 'error', disableStorageReset: keepSession,
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  }, undefined, page);
  fs.writeFileSync(path.join(out, name + '.json'), result.report);
  const lhr = result.lhr;
  const score = c => Math.round(lhr.categories[c].score * 100);
  const audits = lhr.audits;
  const failed = ['accessibility', 'best-practices'].flatMap(c => lhr.categories[c].auditRefs
      .filter(ref => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
      .map(ref => c + ': ' + ref.id));
  return {
    name,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: (audits['first-contentful-paint'].numericValue / 1000).toFixed(1),
    lcp: (audits['largest-contentful-paint'].numericValue / 1000).toFixed(1),
    tbt: Math.round(audits['total-blocking-time'].numericValue),
    kib: Math.round(audits['total-byte-weight'].numericValue / 1024),
    failed,
  };
}
