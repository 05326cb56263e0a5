import { describe, expect, it } from 'vitest';
import { pastedHtmlToMarkdown } from './word-paste';

/** As Word for Windows puts a document on the clipboard (shortened, but with its real markup). */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<style><!-- p.MsoNormal {margin:0cm;} --></style></head><body lang=DE>
<!--StartFragment-->
<h1>Beschlussvorschlag<o:p></o:p></h1>
<p class=MsoNormal>Der Kreistag möge <b>beschließen</b>:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Schulessen kostenfrei<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>für alle Grundschulen<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>ab dem Schuljahr 2026/27<o:p></o:p></p>
<h2>Finanzierung<o:p></o:p></h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Landesmittel<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Kreishaushalt<o:p></o:p></p>
<!--EndFragment--></body></html>`;

describe('pastedHtmlToMarkdown', () => {
	it('keeps headings and rebuilds Word list paragraphs as nested Markdown lists', () => {
		expect(pastedHtmlToMarkdown(WORD_HTML)).toBe(
			[
				'# Beschlussvorschlag',
				'',
				'Der Kreistag möge **beschließen**:',
				'',
				'-   Schulessen kostenfrei',
				'    -   für alle Grundschulen',
				'-   ab dem Schuljahr 2026/27',
				'',
				'## Finanzierung',
				'',
				'1.  Landesmittel',
				'2.  Kreishaushalt'
			].join('\n')
		);
	});

	it('converts the real lists and headings LibreOffice and browsers send', () => {
		const html =
			'<meta charset="utf-8"><h2 style="margin-top:0">Begründung</h2><p>Weil <i>Kinder</i> satt besser lernen.</p><ol><li><p>Erstens</p></li><li><p>Zweitens</p></li></ol>';
		expect(pastedHtmlToMarkdown(html)).toBe(
			'## Begründung\n\nWeil *Kinder* satt besser lernen.\n\n1.  Erstens\n2.  Zweitens'
		);
	});

	it('drops Google Docs’ not-bold wrapper and leaves plain paragraphs plain', () => {
		const html =
			'<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span>Ein Absatz.</span></p></b>';
		expect(pastedHtmlToMarkdown(html)).toBe('Ein Absatz.');
	});
});
