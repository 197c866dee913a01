// End-to-end tests run the built site (npm run build) in Debian's Chromium: Playwright's own
// browser download does not work on these machines. PW_BASE_URL points the same tests elsewhere.
import { defineConfig, devices } from '@playwright/test';

const baseURL = process.env.PW_BASE_URL ?? 'http://localhost:4173';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? 'list' : [['list']],
	retries: 0,
	// axe over a whole lesson page takes seconds on a busy 2-core machine; the default 30 s is tight.
	timeout: 60_000,
	// A student's page first loads its part (src/lib/parts/student.ts) and its case: on a 2-core CI
	// machine running two workers that can take more than the default 5 s for a first assertion.
	expect: { timeout: 10_000 },
	use: {
		baseURL,
		launchOptions: {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			// Root has no sandbox; the network is closed, so Chromium's background traffic is switched off.
			args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
	webServer: process.env.PW_BASE_URL
		? undefined
		: { command: 'vite preview --port 4173 --strictPort', url: baseURL, reuseExistingServer: !process.env.CI }
});
