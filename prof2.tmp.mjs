import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let run = 0; run < 3; run++) {
const ctx = await browser.newContext(); const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Performance.enable');
await page.goto('file:///tmp/buildnm/index.html#/');
const link = page.locator('a[href$="/cases/ukraine-55000"]').first();
await link.waitFor(); await page.waitForTimeout(1500);
const m = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
const a = await m(); const t0 = Date.now();
await link.click();
await page.locator('article[data-article] mark').first().waitFor();
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
const wall = Date.now() - t0; const b = await m();
const d = (k) => ((b[k] - a[k]) * 1000).toFixed(0);
console.log({ wall, script: d('ScriptDuration'), style: d('RecalcStyleDuration'), layout: d('LayoutDuration'), task: d('TaskDuration'), nodes: b.Nodes });
await ctx.close(); }
await browser.close();
