import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/importer/xlsx.js';

/** A zip archive of the given parts (deflated), as a minimal .xlsx writer other than exceljs would make it. */
function zip(parts: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

describe('the .xlsx reader', () => {
  it('reads prefixed XML, shared strings with rich text and phonetic runs, inline strings, entities, cells without r', () => {
    const bytes = zip({
      '_rels/.rels': '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml': `<x:workbook ${NS}><x:sheets><x:sheet name="民政&amp;社保" sheetId="1" r:id="rId1"/><x:sheet name="隐藏" sheetId="2" state="hidden" r:id="rId2"/></x:sheets></x:workbook>`,
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Type=".../worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type=".../worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      'xl/sharedStrings.xml': `<x:sst ${NS}><x:si><x:t>序号</x:t></x:si><x:si><x:r><x:t>最低</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">生活保障</x:t></x:r><x:rPh sb="0" eb="2"><x:t>ズイテイ</x:t></x:rPh></x:si><x:si/></x:sst>`,
      'xl/worksheets/sheet1.xml': `<x:worksheet ${NS}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>A&amp;B&lt;C&gt;_x000D_行</x:t></x:is></x:c></x:row><x:row><x:c t="s"><x:v>1</x:v></x:c><x:c><x:v>12.5</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>&#x5E8F;&#21495;</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B1:B3"/></x:mergeCells></x:worksheet>`,
      'xl/worksheets/sheet2.xml': `<x:worksheet ${NS}><x:sheetData/></x:worksheet>`,
    });
    const sheets = readXlsx(bytes);
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['民政&社保', false],
      ['隐藏', true],
    ]);
    expect(sheets[0]!.rows).toEqual([
      ['序号', undefined, 'A&B<C>\r行'],
      ['最低生活保障', '12.5', 'TRUE', '序号'],
    ]);
    expect(sheets[0]!.merges).toEqual([{ top: 1, left: 2, bottom: 3, right: 2 }]);
  });

  it('reads what exceljs writes, shared strings and all', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('社会救助');
    sheet.getCell('A1').value = { richText: [{ text: '公开' }, { text: '事项', font: { bold: true } }] };
    sheet.getCell('B2').value = '■政府网站 □政府公报';
    sheet.mergeCells('A1:C1');
    const [read] = readXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(read!.rows).toEqual([['公开事项'], [undefined, '■政府网站 □政府公报']]);
    expect(read!.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  });
});
