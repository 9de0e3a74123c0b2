import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';
import { BODY_STYLES, HEADER_STYLE, SUBTITLE_STYLE, SUMMARY_STYLES, TITLE_STYLE } from './styles.js';

/**
 * The parts of the xlsx package other than the worksheets, as exceljs 4.4's streaming writer wrote them for
 * gkml's workbooks (the same elements, attributes and order), so a workbook reads the same in Excel, WPS,
 * LibreOffice, exceljs and `gkml import` as before gkml wrote the package itself.
 */

export interface PackageSheet {
  name: string;
  state: 'visible' | 'veryHidden';
  /** 'A1:N8' for a catalogue sheet's print area, with rows 3–4 repeated on every page. */
  printArea?: string;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Text or attribute value escaped for XML. */
export function escapeXml(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;') : text;
}

export function contentTypesXml(sheets: number): string {
  const overrides = Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${WORKSHEET_TYPE}"/>`).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    overrides +
    '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'
  );
}

export const ROOT_RELS_XML =
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

export function appXml(sheets: readonly PackageSheet[]): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}

/** Document properties: creator gkml, created and modified at the plan's date (never the clock). */
export function coreXml(date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>gkml</dc:creator><cp:lastModifiedBy>gkml</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** The sheets in order (relationship rId3 onwards), and each catalogue sheet's print area and print titles. */
export function workbookXml(sheets: readonly PackageSheet[]): string {
  const list = sheets.map((s, i) => `<sheet sheetId="${i + 1}" name="${escapeXml(s.name)}" state="${s.state}" r:id="rId${i + 3}"/>`).join('');
  const names = sheets.flatMap((s, i) => {
    if (!s.printArea) return [];
    const quoted = `'${s.name.replace(/'/g, "''")}'`;
    const [from, to] = s.printArea.split(':').map((ref) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'));
    return [
      `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(`${quoted}!${from}:${to}`)}</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${quoted}!$3:$4`)}</definedName>`,
    ];
  });
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
    '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>' +
    `<sheets>${list}</sheets>${names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : ''}<calcPr calcId="171027"/></workbook>`
  );
}

export function workbookRelsXml(sheets: number): string {
  const rels = Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 3}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  return (
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/>${rels}</Relationships>`
  );
}

/**
 * Every style gkml uses, in a fixed order: a cell's `s` attribute is its place here (0 is Excel's default).
 * The order is the one in which exceljs met them, so the ids are as before.
 */
const STYLES: readonly Partial<Style>[] = [
  TITLE_STYLE,
  SUBTITLE_STYLE,
  HEADER_STYLE,
  BODY_STYLES.meta,
  BODY_STYLES.number,
  BODY_STYLES.center,
  BODY_STYLES.text,
  BODY_STYLES.tick,
  SUMMARY_STYLES.text,
  SUMMARY_STYLES.number,
  SUMMARY_STYLES.total,
];
const IDS = new Map(STYLES.map((style, i) => [style, i + 1]));

/** The `s` of a cell with this style (one of styles.ts's objects). */
export function styleId(style: Partial<Style>): number {
  const id = IDS.get(style);
  if (id === undefined) throw new Error('a style that is not in package.ts STYLES');
  return id;
}

const DEFAULT_FONT = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';

function fontXml(font: Partial<Font>): string {
  return `<font>${font.bold ? '<b/>' : ''}${font.charset !== undefined ? `<charset val="${font.charset}"/>` : ''}${font.family !== undefined ? `<family val="${font.family}"/>` : ''}${font.size !== undefined ? `<sz val="${font.size}"/>` : ''}${font.name !== undefined ? `<name val="${escapeXml(font.name)}"/>` : ''}</font>`;
}

function fillXml(fill: Fill): string {
  if (fill.type !== 'pattern') throw new Error('only pattern fills');
  const colour = fill.fgColor?.argb ? `<fgColor rgb="${fill.fgColor.argb}"/>` : '';
  return `<fill><patternFill patternType="${fill.pattern}">${colour}</patternFill></fill>`;
}

function borderXml(border: Partial<Borders>): string {
  const side = (name: 'left' | 'right' | 'top' | 'bottom') => {
    const b = border[name];
    if (!b?.style) return `<${name}/>`;
    return `<${name} style="${b.style}">${b.color?.argb ? `<color rgb="${b.color.argb}"/>` : ''}</${name}>`;
  };
  return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
}

function alignmentXml(alignment: Partial<Alignment>): string {
  const vertical = alignment.vertical === 'middle' ? 'center' : alignment.vertical;
  return `<alignment${alignment.horizontal ? ` horizontal="${alignment.horizontal}"` : ''}${vertical ? ` vertical="${vertical}"` : ''}${alignment.wrapText ? ' wrapText="1"' : ''}/>`;
}

/** The index of `xml` in `list`, added if new. */
function indexOf(list: string[], xml: string): number {
  const at = list.indexOf(xml);
  return at === -1 ? list.push(xml) - 1 : at;
}

function buildStylesXml(): string {
  const fonts = [DEFAULT_FONT];
  const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  const borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  for (const style of STYLES) {
    const font = style.font ? indexOf(fonts, fontXml(style.font)) : 0;
    const fill = style.fill ? indexOf(fills, fillXml(style.fill)) : 0;
    const border = style.border ? indexOf(borders, borderXml(style.border)) : 0;
    const apply = `${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''}${style.alignment ? ' applyAlignment="1"' : ''}`;
    const head = `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${apply}`;
    xfs.push(style.alignment ? `${head}>${alignmentXml(style.alignment)}</xf>` : `${head}/>`);
  }
  return (
    `${XML_HEAD}<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">` +
    `<fonts count="${fonts.length}" x14ac:knownFonts="1">${fonts.join('')}</fonts><fills count="${fills.length}">${fills.join('')}</fills><borders count="${borders.length}">${borders.join('')}</borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>' +
    '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>'
  );
}

let stylesXmlText: string | undefined;

/** xl/styles.xml: the fonts, fills, borders and cell formats of STYLES. */
export function stylesXml(): string {
  return (stylesXmlText ??= buildStylesXml());
}
