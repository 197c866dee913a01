// Writes bench/REPORT.md from one bench run: the machine, the budgets with a verdict and a plain
// sentence for each one missed, then the tables behind them (bytes, time, a slow machine, a 20-case library, scale, Lighthouse).
import { partsOfBuild } from './ablation.js';
import { BUILD_GZIP_LIMIT, checkBudgets, type BudgetCheck } from './budgets.js';
import { LIGHTHOUSE } from './lighthouse.js';
import type { BenchResults } from './results.js';
import type { RenderMeasurement } from './render.js';
import type { InteractionMeasurement } from './interactions.js';
import type { LibraryMeasurements } from './library.js';
import type { LoadMeasurement } from './slow-load.js';
import { kb, ms, percent, ratio, seconds, spread } from './stats.js';

function table(headers: string[], rows: (string | number)[][]): string {
	const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
	return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

const verdict = (pass: boolean | null) => (pass === null ? 'not measured' : pass ? '✅ pass' : '❌ miss');
const round = (value: number) => String(Math.round(value));

function renderWhy(origin: string, render: RenderMeasurement): string {
	return (
		`From ${origin} the view is in the DOM at ${ms(render.ready.median)} and its first frame is painted at ` +
		`${ms(render.painted.median)}; by then Chromium counts ${ms(render.script.median)} of script, ` +
		`${ms(render.style.median)} of style and ${ms(render.layout.median)} of layout.`
	);
}

function interactionWhy(name: string, m: InteractionMeasurement, extra = ''): string {
	const layout = m.dom.median - m.script.median;
	const frame = m.busy.median - m.dom.median;
	return (
		`${name} keeps the main thread busy ${ms(m.busy.median)}: ${ms(m.script.median)} of script until the DOM is updated, ` +
		`${ms(layout)} of style and layout, then ${ms(frame)} to render the frame (medians, so the parts need not add up exactly).${extra}`
	);
}

/** The heaviest parts of the content module, for the bytes sentence. */
function contentWhy(r: BenchResults): string {
	if (!r.contentModule) return '';
	const { whole, parts } = r.contentModule;
	const top = [...parts]
		.sort((a, b) => b.gzip - a.gzip)
		.slice(0, 3)
		.map((p) => `${p.part} ${kb(p.gzip)}`)
		.join(', ');
	return ` Inside the content module (${kb(whole.gzip)} gzipped alone) the heaviest parts are ${top}.`;
}

/** A plain sentence for each missed budget, built from the measurements that explain it. */
function whyMissed(check: BudgetCheck, r: BenchResults): string {
	const { budget } = check;
	if (budget.startsWith('Whole built course') && r.bytes) {
		const { build, content } = r.bytes;
		const parts = partsOfBuild(build.total.gzip, r.variants ?? []);
		const over = `${budget}: ${kb(build.total.gzip)}, ${kb(build.total.gzip - BUILD_GZIP_LIMIT)} over.`;
		const floor = `The course's own content is ${kb(content.total.gzip)} gzipped as lessons/ holds it, so the build is ${ratio(build.total.gzip / content.total.gzip)} its content.`;
		if (parts.length === 0) return `${over} JavaScript is ${kb(build.js.gzip)} of it. ${floor}${contentWhy(r)}`;
		const [framework, courseContent, teacher, student] = parts;
		const left = Math.max(0, BUILD_GZIP_LIMIT - framework.gzip - courseContent.gzip);
		const views = teacher.gzip + student.gzip;
		return (
			`${over} Measured by building without each part (see "Where the bytes go"): ${parts.map((p) => `${p.part} ${kb(p.gzip)}`).join('; ')}. ` +
			`The framework and the content alone come to ${kb(framework.gzip + courseContent.gzip)}, which leaves ${kb(left)} ` +
			`for every view a student or teacher uses, with its logic and styles; those take ${kb(views)} now, so meeting the budget ` +
			`would need them ${percent(1 - left / views)} smaller. ` +
			`${floor}${contentWhy(r)}`
		);
	}
	// Issue 10's and 11's budgets: their tables ("On a slow machine", "A library of 20 cases") say the rest.
	if (/CPU|Course map first load|App without any case|Open a case view/.test(budget)) return `${budget}: ${check.measured}.`;
	if (budget.endsWith('file://') && r.render.file) return `${budget}: ${renderWhy('file://', r.render.file)}`;
	if (budget.endsWith('localhost') && r.render.http) return `${budget}: ${renderWhy('localhost', r.render.http)}`;
	if (budget.startsWith('Toggle') && r.toggle) return interactionWhy('Toggling "Loaded question"', r.toggle);
	if (budget.startsWith('Check') && r.check) {
		return interactionWhy(
			'Checking a mark exercise',
			r.check,
			' Checking scores the answer, removes the marking tools, adds the feedback list, and paints the found, missed and false passages over the unchanged text with CSS highlights; on this 2-core machine the frame itself takes about 6 ms.'
		);
	}
	if (budget.includes('validates') && r.scale) {
		return `${budget}: ${ms(r.scale.validateScale.median)} to read, anchor and link ${r.scale.generated.annotations.toLocaleString('en-US')} annotations.`;
	}
	if (budget.includes('renders') && r.scale) {
		const s = r.scale;
		return (
			`${budget}: the generated case shows ${s.generated.articles} articles side by side with ${s.render.marks.toLocaleString('en-US')} marks, ` +
			`and its build carries all content in one ${kb(s.bytes.inlineJs.raw)} script (${kb(s.bytes.inlineJs.gzip)} gzipped). ` +
			`${renderWhy('file://', s.render)} The view draws all the text at once but the highlights of only the first six columns ` +
			`(more than a wide screen shows); the others get theirs as they scroll into view, so the marks counted are those of the first frame. ` +
			`Parsing the one large script grows with the content (see Scale).`
		);
	}
	const page = r.lighthouse?.find((p) => budget === `Lighthouse mobile: ${p.name}`);
	if (page?.scores) {
		const metrics = Object.entries(page.metrics ?? {})
			.map(([k, v]) => `${k} ${v}`)
			.join(', ');
		const failing = page.failing?.length ? ` Audits below full marks: ${page.failing.join('; ')}.` : '';
		return `${budget}: Performance ${page.scores.performance} (${metrics}).${failing}`;
	}
	return `${budget}: ${check.measured}.`;
}

function machineSection(r: BenchResults): string {
	const m = r.machine;
	const load = Math.max(r.load.start, r.load.end);
	// Load above half the cores: other work shared the CPU, enough to move timings by tens of percent.
	const busy =
		load > m.cores / 2
			? `\n\nOther work was running on this machine during the bench (load average up to ${load.toFixed(2)} on ${m.cores} cores), ` +
				`so timings close to a limit may pass or miss on a quieter run.`
			: '';
	return (
		table(
			['', ''],
			[
				['Date', m.date],
				['CPU', m.cpu],
				['Cores', m.cores],
				['Memory', `${m.memoryGb} GB`],
				['OS', m.os],
				['Node', m.node],
				['Chromium', `${m.chromium} (Debian, /usr/bin/chromium, headless, through Playwright)`],
				['Lighthouse', LIGHTHOUSE],
				['Load average (1 min) at start / end', `${r.load.start.toFixed(2)} / ${r.load.end.toFixed(2)}`]
			]
		) + busy
	);
}

function bytesSection(r: BenchResults): string {
	if (!r.bytes) return `Not measured: ${r.errors.bytes ?? 'no build'}.`;
	const { build, content } = r.bytes;
	const index = build.files.find((f) => f.path === 'index.html');
	const others = build.files.filter((f) => f.path !== 'index.html');
	const rows: string[][] = [
		[`**Whole build** (build/, ${build.files.length} files)`, kb(build.total.raw), `**${kb(build.total.gzip)}**`],
		['index.html (HTML, inline CSS and inline JS)', kb(index?.raw ?? 0), kb(index?.gzip ?? 0)],
		['· of which the inline app JavaScript', kb(build.inlineJs.raw), kb(build.inlineJs.gzip)],
		['· of which the inline CSS', kb(build.inlineCss.raw), kb(build.inlineCss.gzip)],
		...others.map((f) => [f.path, kb(f.raw), kb(f.gzip)]),
		['**JavaScript** (inline app bundle + every .js file)', kb(build.js.raw), `**${kb(build.js.gzip)}**`],
		['CSS (inline + .css files)', kb(build.css.raw), kb(build.css.gzip)],
		[`**Course content** (the floor, ${content.total.files} files)`, kb(content.total.raw), `**${kb(content.total.gzip)}**`],
		[
			'**Ratio build / content**',
			ratio(build.total.raw / content.total.raw),
			`**${ratio(build.total.gzip / content.total.gzip)}**`
		]
	];
	const contentRows = content.kinds.map((k) => [k.kind, String(k.files), kb(k.raw), kb(k.gzip)]);
	const unused = build.unreferenced.map((path) => {
		const file = build.files.find((f) => f.path === path)!;
		return `\`${path}\` (${kb(file.gzip)} gzipped)`;
	});
	const unusedNote = unused.length
		? `\n\nShipped but never loaded: ${unused.join(', ')}: no HTML or JavaScript file of the build names ${unused.length === 1 ? 'it' : 'them'}.`
		: '';
	let out = `${table(['What', 'Raw', 'Gzipped'], rows)}${unusedNote}\n\nThe course content, by kind (what lessons/ holds and the site shows):\n\n${table(['Kind', 'Files', 'Raw', 'Gzipped'], contentRows)}`;
	const parts = partsOfBuild(build.total.gzip, r.variants ?? []);
	if (parts.length) {
		const variantRows = (r.variants ?? []).map((v) => [v.description, kb(v.total.raw), kb(v.total.gzip)]);
		out +=
			`\n\n### Where the bytes go\n\nThe project built again in temporary copies, each time without one part ` +
			`(scripts/bench/ablation.ts):\n\n${table(['Build', 'Raw', 'Gzipped'], variantRows)}\n\n` +
			`So the ${kb(build.total.gzip)} of the whole build split into measured parts (gzip finds repeats across parts, so they ` +
			`overlap by a little):\n\n` +
			table(
				['Part', 'Gzipped', 'Share', 'How it was found'],
				parts.map((p) => [p.part, kb(p.gzip), percent(p.gzip / build.total.gzip), p.how])
			);
	} else if (r.errors.variants) out += `\n\nWhere the bytes go: not measured: ${r.errors.variants.split('\n')[0]}.`;
	if (r.builds) {
		const b = r.builds.bundle;
		const share = (gzip: number) => gzip / b.totalGzip;
		const groupRows = b.groups.map((g) => [
			g.group,
			String(g.modules),
			kb(g.rendered),
			percent(share(g.gzip)),
			kb(share(g.gzip) * build.inlineJs.gzip)
		]);
		const topRows = b.top.map((m) => [`\`${m.id}\``, kb(m.rendered), kb(m.gzip)]);
		out +=
			`\n\n### What the JavaScript is made of\n\nThe app bundle's modules, as the bundler renders them into the one inline chunk ` +
			`(before minification; recorded by scripts/bench/bundle-plugin.ts in an extra build). "Share" is each group's part of the ` +
			`modules gzipped one by one; "≈ in the bundle" applies that share to the ${kb(build.inlineJs.gzip)} the inline JavaScript ` +
			`actually weighs gzipped, so it is an estimate, and one that overweights libraries of many small modules, which gzip ` +
			`poorly alone (compare Svelte and SvelteKit here with their measured floor above). It says which modules are heavy; ` +
			`"Where the bytes go" says what each part costs.\n\n` +
			table(['Group', 'Modules', 'Rendered', 'Share', '≈ in the bundle, gzipped'], groupRows) +
			`\n\nThe ten heaviest modules (gzipped one by one, before minification):\n\n${table(['Module', 'Rendered', 'Gzipped alone'], topRows)}`;
	}
	if (r.contentModule) {
		const { whole, parts } = r.contentModule;
		out +=
			`\n\n### What the content module carries\n\nThe Vite plugin serialises all validated content into \`virtual:sidelight/content\` ` +
			`(${kb(whole.raw)} as JSON, ${kb(whole.gzip)} gzipped alone, from lessons/ as it is now). Its parts, each serialised ` +
			`and gzipped alone:\n\n` +
			table(
				['Part', 'JSON', 'Gzipped alone'],
				parts.map((p) => [p.part, kb(p.raw), kb(p.gzip)])
			);
	}
	return out;
}

function renderRow(origin: string, m: RenderMeasurement | undefined, runs: number, error?: string): string[] {
	if (!m) return [origin, String(runs), `not measured: ${error ?? 'unknown error'}`, '', '', '', ''];
	return [
		origin,
		String(runs),
		`**${spread(m.painted)}**`,
		ms(m.ready.median),
		ms(m.domContentLoaded.median),
		ms(m.script.median),
		ms(m.layout.median + m.style.median)
	];
}

function interactionRow(name: string, m: InteractionMeasurement | undefined, runs: number, missing: string): string[] {
	if (!m) return [name, '0', missing, '', '', ''];
	return [name, String(runs), `**${spread(m.busy)}**`, ms(m.script.median), ms(m.dom.median), ms(m.frame.median)];
}

function timeSection(r: BenchResults): string {
	const build = r.builds
		? `\`vite build\`: **${seconds(r.builds.time.median)}** median of ${r.runs.builds} runs (${r.builds.time.runs.map((v) => seconds(v)).join(', ')}), in a temporary copy of the project so build/ is never rewritten while it is measured.${r.builds.note ? ` Note: ${r.builds.note}.` : ''}`
		: `\`vite build\`: not measured: ${r.errors.builds ?? 'unknown error'}.`;
	const render = table(
		[
			'Side-by-side view (`#/cases/' + r.caseId + '`)',
			'Runs',
			'Fully rendered: median (min–max)',
			'In the DOM',
			'DOMContentLoaded',
			'Script',
			'Style + layout'
		],
		[
			renderRow('from file://', r.render.file, r.runs.render, r.errors.renderFile),
			renderRow(`from localhost (${r.server ?? 'vite preview'})`, r.render.http, r.runs.render, r.errors.renderHttp)
		]
	);
	const interactions = table(
		[
			'Interaction',
			'Runs',
			'Main thread busy: median (min–max)',
			'Script: DOM updated',
			'With style and layout',
			'Next frame painted (wall)'
		],
		[
			interactionRow('Toggle "Loaded question" in the legend', r.toggle, r.runs.toggles, r.errors.toggle ?? 'not measured'),
			interactionRow(
				`Check a mark exercise${r.check ? ` (${r.checkWhere})` : ''}`,
				r.check,
				r.runs.checks,
				r.checkWhere ?? r.errors.check ?? 'not measured'
			)
		]
	);
	return (
		`${build}\n\n${render}\n\n` +
		`"Fully rendered": all ${r.realCase.articles} \`article[data-article]\` present, the number of marks above zero and unchanged one ` +
		`frame later, and that frame painted (a requestAnimationFrame, then a message that runs after the frame). Times are ` +
		`performance.now() in the page, whose zero is the start of the navigation; each run is a fresh browser context (a first ` +
		`visit: empty cache, no service worker), after one uncounted warm-up load. "Script" and "Style + layout" are Chromium's ` +
		`own main-thread totals until then (CDP Performance.getMetrics).\n\n${interactions}\n\n` +
		`Interactions are timed in the page from a capturing click listener (before any handler of the app). "Script: DOM updated": the ` +
		`first DOM change after the click; "With style and layout": the same moment with style and layout then forced. "Next frame painted" adds the wait for the display's ` +
		`next refresh, which is up to 16.7 ms at 60 Hz whatever the app does, so the budget is held against "main thread busy": ` +
		`DOM updated plus the rendering of that frame (from its requestAnimationFrame to painted). Toggles alternate off and on in ` +
		`one page from file://; each check is a fresh page with one clause marked from the keyboard (focus the listbox, Space).`
	);
}

function scaleSection(r: BenchResults): string {
	const s = r.scale;
	if (!s) return `Not measured: ${r.errors.scale ?? 'skipped'}.`;
	const per = s.generated.annotations / 1000;
	const realRender = r.render.file?.painted.median;
	const realBuild = r.builds?.time.median;
	const realBytes = r.bytes?.build.total.gzip;
	const perRender = (realRender: number) =>
		(s.render.painted.median - realRender) / ((s.generated.annotations - r.realCase.annotations) / 1000);
	const rows: string[][] = [
		[
			'Content',
			`real lessons (${s.realAnnotations} annotations)`,
			`real + generated case (${(s.realAnnotations + s.generated.annotations).toLocaleString('en-US')})`,
			''
		],
		[
			`Validate all content (\`loadContent\`), median of ${r.runs.scaleValidate}`,
			ms(s.validateReal.median),
			`**${ms(s.validateScale.median)}**`,
			ms((s.validateScale.median - s.validateReal.median) / per)
		],
		[
			`\`vite build\`, median of ${r.runs.builds} / ${r.runs.scaleBuild}`,
			realBuild ? seconds(realBuild) : 'n/a',
			seconds(s.build.median),
			realBuild ? ms((s.build.median - realBuild) / per) : 'n/a'
		],
		[
			'Whole build, gzipped',
			realBytes ? kb(realBytes) : 'n/a',
			kb(s.bytes.total.gzip),
			realBytes ? kb((s.bytes.total.gzip - realBytes) / per) : 'n/a'
		],
		[
			`Side-by-side view rendered from file://, median of ${r.runs.render} / ${r.runs.scaleRender}`,
			realRender
				? `${ms(realRender)} (${r.caseId}, ${r.realCase.annotations} annotations, ${r.render.file?.marks} marks)`
				: 'n/a',
			`**${ms(s.render.painted.median)}** (${s.generated.caseId}, ${s.render.marks.toLocaleString('en-US')} marks)`,
			realRender ? ms(perRender(realRender)) : 'n/a'
		]
	];
	return (
		`\`scripts/bench/generate-scale-case.ts\` writes, into a temporary copy of the project (never under lessons/), a case ` +
		`of ${s.generated.articles} articles (${s.generated.characters.toLocaleString('en-US')} characters, recombined and reworded from the real ` +
		`articles' sentences) with ${s.generated.annotations.toLocaleString('en-US')} annotations in every category, anchored by the project's ` +
		`own \`selectorsFor\`, and ${s.generated.links.toLocaleString('en-US')} links between articles. "Per 1,000 annotations" is the ` +
		`difference between the two columns divided by the thousands of annotations added (for the render, between the two cases).` +
		`${s.note ? ` Note: ${s.note}.` : ''}\n\n` +
		table(['Measure', 'Real', 'With the scale case', 'Per 1,000 annotations'], rows) +
		`\n\nIn the scale case's view the DOM is complete at ${ms(s.render.ready.median)} and painted at ${ms(s.render.painted.median)}; ` +
		`Chromium counts ${ms(s.render.script.median)} of script, ${ms(s.render.style.median)} of style and ${ms(s.render.layout.median)} of layout.`
	);
}

function loadRows(origin: string, pages: LoadMeasurement[]): string[][] {
	return pages.map((p) => [
		p.name,
		origin,
		spread(p.fcp),
		spread(p.longestBeforeFcp),
		spread(p.tbt),
		p.usable ? spread(p.usable) : 'no highlights',
		spread(p.appRendered)
	]);
}

function slowSection(r: BenchResults): string {
	const s = r.slow;
	if (!s) return `Not measured: ${(r.errors.slow ?? 'skipped').split('\n')[0]}.`;
	const head = [
		'Page',
		'Build, origin',
		'FCP',
		'Longest task before FCP',
		'TBT from navigation',
		'Highlights usable',
		'App rendered'
	];
	const rows = [
		...loadRows('as Kit writes it (before), file://', s.before),
		...loadRows('this build, file://', s.file),
		...loadRows(`this build, ${r.server ?? 'localhost'}`, s.http)
	].sort((a, b) => a[0].localeCompare(b[0]));
	const interactions = s.interactions
		? table(
				['Interaction on the side-by-side view', 'Event Timing duration, ms'],
				s.interactions.map((i) => [i.name, spread(i.duration)])
			)
		: `Interactions not measured: ${r.errors.slowInteractions ?? 'skipped'}.`;
	return (
		`CPU slowed ${s.rate}× with Chromium's \`Emulation.setCPUThrottlingRate\` (about a mid-range phone or a school Chromebook ` +
		`on this host), each load in a fresh context after one uncounted warm-up, ${r.runs.slow} runs each: median (min–max) in ms ` +
		`from navigation. FCP is the first-contentful-paint entry; the longest task before FCP counts tasks of 50 ms or more ` +
		`(0 when none); TBT sums (duration − 50 ms) over every long task from navigation until 1 s without one, not from FCP as ` +
		`Lighthouse does; "highlights usable" is when the first highlight was in the DOM and focusable and the main thread free ` +
		`(the end of the long task it was inserted in); "app rendered" the same for the app's first content. "Before" is this ` +
		`build with src/build/paint-first.ts undone (Kit's bundle runs as the parser meets it, so nothing paints until it ends), ` +
		`measured in the same run so both share the machine's load. The longest lesson is the one with the most elements on its page.\n\n` +
		table(head, rows) +
		'\n\n' +
		interactions
	);
}

function librarySection(r: BenchResults): string {
	const l = r.library;
	if (!l) return `Not measured: ${(r.errors.library ?? 'skipped').split('\n').slice(0, 3).join(' ').slice(0, 600)}.`;
	const files = (f: LibraryMeasurements['one']['firstLoad']) =>
		f.files.map((file) => `${file.path} ${kb(file.gzip)}`).join(', ') + (f.caseGzip ? ` (case data ${kb(f.caseGzip)})` : '');
	return (
		`A temporary copy of the project whose lessons hold the real course plus ${l.cases - 1} copies of \`${r.caseId}\` under new ids ` +
		`(no lessons of their own), built and measured beside build/ (1 case). "First load" is every file the course map loaded ` +
		`from file:// (the document and the resources in its resource timing), each gzipped on its own. ${l.note ?? ''}\n\n` +
		table(
			['', '1 case', `${l.cases} cases`],
			[
				['Course map first load, gzipped', kb(l.one.firstLoad.gzip), kb(l.twenty.firstLoad.gzip)],
				['Files loaded', files(l.one.firstLoad), files(l.twenty.firstLoad)],
				[`Course map FCP, ${r.slow?.rate ?? 4}× CPU, file://`, spread(l.one.map.fcp), spread(l.twenty.map.fcp)],
				[
					`Course map app rendered, ${r.slow?.rate ?? 4}× CPU, file://`,
					spread(l.one.map.appRendered),
					spread(l.twenty.map.appRendered)
				]
			]
		) +
		`\n\nThe app without any case content: ${kb(l.appWithoutCases.gzip)} gzipped (${l.appWithoutCases.how}).${frameworkFloor(r, l.appWithoutCases.gzip)}\n\n` +
		`Opening \`${r.caseId}\` from the course map of the ${l.cases}-case build (click on its link to its highlights in the DOM and ` +
		`that frame painted, file://, ${r.runs.slow} runs): ${spread(l.openCase.normal)} at 1×, ${spread(l.openCase.throttled)} at ` +
		`${r.slow?.rate ?? 4}× CPU.`
	);
}

/** How much of the first load Svelte and SvelteKit alone would take (the framework build of "Where the bytes go"). */
function frameworkFloor(r: BenchResults, appGzip: number): string {
	const framework = r.variants?.find((v) => v.variant === 'framework');
	if (!framework) return '';
	return (
		` Svelte and SvelteKit alone, in this configuration with one empty page, come to ${kb(framework.js.gzip)} of JavaScript gzipped; ` +
		`the other ${kb(appGzip - framework.js.gzip)} is Sidelight's own code and styles that every page loads.`
	);
}

function lighthouseSection(r: BenchResults): string {
	if (!r.lighthouse) return `Not measured: ${r.errors.lighthouse ?? 'skipped'}.`;
	const rows = r.lighthouse.map((p) =>
		p.scores
			? [
					p.name,
					`\`${p.url}\``,
					round(p.scores.performance),
					round(p.scores.accessibility),
					round(p.scores['best-practices']),
					round(p.scores.seo),
					...['FCP', 'LCP', 'TBT', 'CLS', 'SI'].map((k) => p.metrics?.[k] ?? '')
				]
			: [p.name, `\`${p.url}\``, `not measured: ${p.error}`, '', '', '', '', '', '', '', '']
	);
	return (
		`One run per page, mobile preset (Lighthouse's default: a mid-range phone on a throttled connection, simulated), all four ` +
		`categories, against ${r.server ?? 'vite preview'} on localhost. With the hash router Lighthouse audits the page at that URL after ` +
		`the app has routed to it. JSON reports: bench/tmp/ (not committed).\n\n` +
		table(['Page', 'URL', 'Performance', 'Accessibility', 'Best Practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'SI'], rows)
	);
}

export function renderReport(r: BenchResults): string {
	const checks = checkBudgets(r);
	const missed = checks.filter((c) => c.pass === false);
	const unmeasured = checks.filter((c) => c.pass === null);
	const budgetRows = checks.map((c) => [c.budget, c.limit, c.measured, verdict(c.pass)]);
	const errors = Object.entries(r.errors);
	return [
		'# Sidelight performance report',
		`Written by \`npm run bench\` (scripts/bench/) on ${r.machine.date}. Every figure is a median; each table says over how many runs. ` +
			`This is a report, not a test: a missed budget fails nothing. Sizes: 1 KB = 1,000 bytes; "gzipped" is each file gzipped ` +
			`on its own at level 9 (node:zlib), summed.${r.buildNote ? ` ${r.buildNote}` : ''}`,
		'## Machine',
		machineSection(r),
		'## Budgets',
		table(['Budget', 'Limit', 'Measured (median)', 'Verdict'], budgetRows),
		missed.length
			? `**Missed (${missed.length} of ${checks.length}):**\n\n${missed.map((c) => `- ${whyMissed(c, r)}`).join('\n')}`
			: `All ${checks.length - unmeasured.length} measured budgets are met.`,
		unmeasured.length ? `Not measured: ${unmeasured.map((c) => c.budget).join('; ')} (see below).` : '',
		'## Bytes',
		bytesSection(r),
		'## Time',
		timeSection(r),
		'## On a slow machine (CPU 4×)',
		slowSection(r),
		'## A library of 20 cases',
		librarySection(r),
		'## Scale',
		scaleSection(r),
		'## Lighthouse',
		lighthouseSection(r),
		errors.length ? `## Errors\n\n${errors.map(([k, v]) => `- ${k}: ${v.split('\n')[0]}`).join('\n')}` : ''
	]
		.filter(Boolean)
		.join('\n\n')
		.concat('\n');
}
