import {
	AlignmentType,
	Document,
	Footer,
	HeadingLevel,
	LevelFormat,
	LineNumberRestartFormat,
	Packer,
	PageNumber,
	Paragraph,
	TextRun,
	type IRunOptions
} from 'docx';
import type { ExportMotion, ExportOptions } from './export-model';
import { markdownBlocks, type Block, type Run } from './markdown-blocks';

const ORDERED = 'motion-ordered';
const HEADINGS = [
	HeadingLevel.HEADING_1,
	HeadingLevel.HEADING_2,
	HeadingLevel.HEADING_3,
	HeadingLevel.HEADING_4,
	HeadingLevel.HEADING_5,
	HeadingLevel.HEADING_6
] as const;

/**
 * A motion as a Word document councils can take and edit: real heading styles (the navigation
 * pane and the table of contents see them), real bulleted and numbered lists, the title block,
 * page numbers; with `lineNumbers` Word's own line numbering, without it for the title block.
 */
export async function renderMotionDocx(
	motion: ExportMotion,
	options: ExportOptions
): Promise<Buffer> {
	const ordered = { instance: 0 };
	const children: Paragraph[] = [...titleBlock(motion), ...body(motion.text, ordered)];
	if (motion.justification.trim()) {
		children.push(sectionHeading('Begründung'), ...body(motion.justification, ordered));
	}
	if (motion.answer?.trim()) {
		children.push(
			sectionHeading(
				motion.answeredOn
					? `Antwort der Verwaltung vom ${motion.answeredOn}`
					: 'Antwort der Verwaltung'
			),
			...body(motion.answer, ordered)
		);
	}
	const document = new Document({
		creator: motion.sourceLabel,
		title: `${motion.typeLabel}: ${motion.title}`,
		subject: motion.typeLabel,
		styles: {
			default: {
				document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { after: 120 } } },
				heading1: { run: { font: 'Arial', size: 28, bold: true, color: '000000' } },
				heading2: { run: { font: 'Arial', size: 26, bold: true, color: '000000' } },
				heading3: { run: { font: 'Arial', size: 24, bold: true, color: '000000' } },
				title: { run: { font: 'Arial', size: 36, bold: true, color: '000000' } }
			}
		},
		numbering: {
			config: [
				{
					reference: ORDERED,
					levels: [0, 1, 2, 3, 4, 5].map((level) => ({
						level,
						format: level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
						text: `%${level + 1}.`,
						alignment: AlignmentType.START,
						style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } }
					}))
				}
			]
		},
		sections: [
			{
				properties: options.lineNumbers
					? { lineNumbers: { countBy: 1, restart: LineNumberRestartFormat.CONTINUOUS } }
					: {},
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.RIGHT,
								suppressLineNumbers: true,
								children: [
									new TextRun({ text: `${motion.sourceLabel} · Seite `, size: 16 }),
									new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
									new TextRun({ text: ' von ', size: 16 }),
									new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })
								]
							})
						]
					})
				},
				children
			}
		]
	});
	return Packer.toBuffer(document);
}

function titleBlock(motion: ExportMotion): Paragraph[] {
	const facts: [string, string | null][] = [
		['Gremium', motion.councilName],
		['Fraktion', motion.factionName],
		['Eingereicht am', motion.filedOn],
		['Autor*innen', motion.authors.join(', ') || null],
		['Themen', motion.topics.join(', ') || null],
		['Ergebnis', motion.decision]
	];
	return [
		new Paragraph({
			suppressLineNumbers: true,
			children: [
				new TextRun({
					text: `${motion.typeLabel} · ${motion.statusLabel}`,
					bold: true,
					allCaps: true,
					size: 18,
					color: '555555'
				})
			]
		}),
		new Paragraph({
			heading: HeadingLevel.TITLE,
			suppressLineNumbers: true,
			children: [new TextRun(motion.title)]
		}),
		...facts
			.filter((fact): fact is [string, string] => Boolean(fact[1]))
			.map(
				([label, value]) =>
					new Paragraph({
						suppressLineNumbers: true,
						spacing: { after: 40 },
						children: [
							new TextRun({ text: `${label}: `, bold: true, size: 19 }),
							new TextRun({ text: value, size: 19 })
						]
					})
			),
		new Paragraph({
			suppressLineNumbers: true,
			border: { bottom: { style: 'single', size: 4, color: '999999', space: 4 } },
			spacing: { after: 240 },
			children: []
		})
	];
}

function sectionHeading(text: string): Paragraph {
	return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
}

function body(markdown: string, ordered: { instance: number }): Paragraph[] {
	return markdownBlocks(markdown).map((block) => paragraphOf(block, ordered));
}

function paragraphOf(block: Block, ordered: { instance: number }): Paragraph {
	switch (block.kind) {
		case 'heading':
			// The text's own headings sit below the section headings ("Begründung" is level 1).
			return new Paragraph({
				heading: HEADINGS[Math.min(block.level, HEADINGS.length - 1)],
				children: runs(block.runs)
			});
		case 'paragraph':
			return new Paragraph({
				children: runs(block.runs, block.quote ? { italics: true } : {}),
				indent: block.quote ? { left: 567 } : undefined
			});
		case 'list-item':
			if (!block.ordered)
				return new Paragraph({ bullet: { level: block.depth }, children: runs(block.runs) });
			if (block.first) ordered.instance++;
			return new Paragraph({
				numbering: { reference: ORDERED, level: block.depth, instance: ordered.instance },
				children: runs(block.runs)
			});
		case 'code':
			return new Paragraph({
				indent: { left: 567 },
				children: block.text
					.split('\n')
					.map(
						(line, index) =>
							new TextRun({ text: line, font: 'Courier New', break: index > 0 ? 1 : undefined })
					)
			});
		case 'rule':
			return new Paragraph({
				border: { bottom: { style: 'single', size: 4, color: 'CCCCCC', space: 4 } },
				children: []
			});
	}
}

function runs(list: Run[], extra: IRunOptions = {}): TextRun[] {
	const result: TextRun[] = [];
	for (const run of list) {
		// A Markdown line break inside a paragraph is a line break in Word, not a new paragraph.
		run.text.split('\n').forEach((part, index) => {
			result.push(
				new TextRun({
					...extra,
					text: part,
					break: index > 0 ? 1 : undefined,
					bold: run.bold || undefined,
					italics: run.italic || extra.italics || undefined,
					font: run.code ? 'Courier New' : undefined
				})
			);
		});
	}
	return result;
}
