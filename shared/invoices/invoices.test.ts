import { describe, expect, it } from 'vitest';
import { autoMap, decodeText, detectDelimiter, detectEncoding, findHeaderRow, groupRows, headerSignature, parseDelimited, planGroup, validateInvoiceRows, type OrderInfo } from '.';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('text files', () => {
  it('detects UTF-8 with and without BOM, CP949 and UTF-16LE', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8-bom');
    expect(detectEncoding(utf8('묶음배송번호,송장번호'))).toBe('utf-8');
    // '가나' in CP949 is not valid UTF-8.
    const cp = new Uint8Array([0xb0, 0xa1, 0xb3, 0xaa]);
    expect(detectEncoding(cp)).toBe('cp949');
    expect(decodeText(cp, 'cp949')).toBe('가나');
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x00, 0xac]))).toBe('utf-16le');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'utf-8-bom')).toBe('A');
  });

  it('parses quoted cells, escaped quotes, CRLF and guesses the delimiter', () => {
    expect(parseDelimited('a,"b,c","d ""e"""\r\n1,,3\n')).toEqual([['a', 'b,c', 'd "e"'], ['1', '', '3']]);
    expect(parseDelimited('"multi\nline",x')).toEqual([['multi\nline', 'x']]);
    expect(detectDelimiter('묶음배송번호\t송장번호\n1\t2')).toBe('\t');
    expect(parseDelimited('a;b\n1;2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseDelimited('a,b,\n')).toEqual([['a', 'b', '']]);
  });
});

describe('columns', () => {
  it('maps Korean and English headers and finds the header below a title row', () => {
    expect(autoMap(['Shipment Box ID', 'Order ID', 'vendorItemId', 'Carrier', 'Tracking Number'])).toEqual({ shipmentBoxId: 0, orderId: 1, vendorItemId: 2, carrier: 3, invoiceNumber: 4 });
    expect(autoMap(['묶음배송번호', '택배사', '운송장 번호', '수취인 이름'])).toEqual({ shipmentBoxId: 0, carrier: 1, invoiceNumber: 2, receiverName: 3 });
    expect(findHeaderRow([['출력자료'], [], ['택배사', '송장번호', '묶음배송번호']])).toBe(3);
    expect(headerSignature([' 송장 번호 ', '택배사'])).toBe('송장번호|택배사');
  });
});

const sheet = (rows: string[][]) => [['묶음배송번호', '옵션ID', '택배사', '송장번호', '출고예정일'], ...rows];
const map = { shipmentBoxId: 0, vendorItemId: 1, carrier: 2, invoiceNumber: 3, estimatedShippingDate: 4 };

describe('validation', () => {
  it('holds a whole box when one of its rows has a problem, and asks for the option on split rows', () => {
    const v = validateInvoiceRows(
      sheet([
        ['1001', '11', 'CJGLS', '680405450931', ''],
        ['1001', '12', 'CJGLS', '1234', ''],
        ['1002', '', 'CJGLS', '680405450932', ''],
        ['1002', '', 'CJGLS', '680405450933', ''],
        ['', '', '', '', ''],
      ]),
      { headerRow: 1, mapping: map },
    );
    expect(v.total).toBe(4);
    expect(v.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'INVOICE_LENGTH'],
      [5, 'DUPLICATE_ROW'],
    ]);
    expect(v.rows[0].heldKo).toContain('3행');
    expect(v.rows[2].heldKo).toContain('5행');
    expect(v.valid).toBe(0);
    expect(v.held).toBe(2);
    expect(v.notices.map((n) => n.code)).toContain('EMPTY_ROWS');
  });

  it('split shipping: different waybills per option, or a date for later items', () => {
    const v = validateInvoiceRows(sheet([['2001', '21', '한진', '1547827315', ''], ['2001', '22', '한진', '', '2026-01-09'], ['2002', '', '한진', '1547827316', ''], ['2002', '', '한진', '', '2026.01.10']]), { headerRow: 1, mapping: map });
    // Two whole-box rows with different waybills: one conflict, pointing at the option column.
    expect(v.problems.map((p) => [p.row, p.code, p.column])).toEqual([[5, 'DUPLICATE_ROW', '묶음배송번호']]);
    expect(v.problems[0].message).toContain('옵션ID');
    expect(v.rows[1].estimatedShippingDate).toBe('2026-01-09');
    const plan = planGroup(groupRows(v.rows.slice(0, 2))[0], { orderId: '9', liveItems: ['21', '22'], splitShipping: false });
    expect(plan).toMatchObject({ ok: true, split: true });
    if (plan.ok) expect(plan.dtos.map((d) => [d.vendorItemId, d.invoiceNumber, d.estimatedShippingDate, d.splitShipping, d.preSplitShipped])).toEqual([
      ['21', '1547827315', '', true, false],
      ['22', '', '2026-01-09', true, false],
    ]);
  });

  it('a non-split box names every live item of the order under the one waybill', () => {
    const info: OrderInfo = { shipmentBoxId: '3001', orderId: '77', status: 'INSTRUCT', invoiceNumber: null, deliveryCompanyCode: null, claimPending: false, splitShipping: false, items: [{ vendorItemId: '31', quantityToShip: 1 }, { vendorItemId: '32', quantityToShip: 2 }, { vendorItemId: '33', quantityToShip: 0 }], receiverKey: null };
    const v = validateInvoiceRows(sheet([['3001', '', 'CJGLS', '680405450931', '']]), { headerRow: 1, mapping: map, orders: (ids) => ids.map((id) => (id === '3001' ? info : undefined)) });
    expect(v.problems).toEqual([]);
    expect(v.rows[0].orderId).toBe('77');
    const plan = planGroup(v.rows, { orderId: '77', liveItems: ['31', '32'], splitShipping: false });
    expect(plan.ok && plan.dtos.map((d) => d.vendorItemId)).toEqual(['31', '32']);
    expect(planGroup([{ ...v.rows[0], orderId: '' }], null)).toMatchObject({ ok: false, needs: 'order' });
  });

  it('a missing carrier column is fine when the seller picks one carrier for the file', () => {
    const v = validateInvoiceRows([['묶음배송번호', '운송장번호'], ['4001', '6804 0545 0931']], { headerRow: 1, mapping: { shipmentBoxId: 0, invoiceNumber: 1 }, defaultCarrier: '대한통운' });
    expect(v.problems).toEqual([]);
    expect(v.rows[0]).toMatchObject({ carrierCode: 'CJGLS', invoiceNumber: '680405450931' });
  });

  it('duplicates are found on the digits, then confirmed as text: look-alike numbers are not duplicates', () => {
    const m = { shipmentBoxId: 0, carrier: 1, invoiceNumber: 2, receiverName: 3, receiverAddress: 4 };
    const asked: string[][] = [];
    const v = validateInvoiceRows(
      [
        ['묶음배송번호', '택배사', '송장번호', '수취인', '주소'],
        // the same last 15 digits, different boxes
        ['660123456789012345', 'DIRECT', '0123456789', '김하나', '서울 송파구 1'],
        ['770123456789012345', 'DIRECT', '123456789', '이두리', '부산 해운대구 2'],
        // one waybill for two receivers: refused
        ['660000000000000001', 'DIRECT', '5550001', '박세나', '대전 유성구 3'],
        ['660000000000000002', 'DIRECT', '5550001', '최네라', '광주 북구 4'],
        // a lettered (EMS) waybill for two receivers: refused as well
        ['660000000000000003', 'EMS', 'EE123456789KR', '정다섯', '인천 연수구 5'],
        ['660000000000000004', 'EMS', 'EE123456789KR', '한여섯', '울산 남구 6'],
        // the very same row twice
        ['660000000000000005', 'DIRECT', '5550002', '윤일곱', '수원 팔달구 7'],
        ['660000000000000005', 'DIRECT', '5550002', '윤일곱', '수원 팔달구 7'],
      ],
      { headerRow: 1, mapping: m, orders: (ids) => (asked.push(ids), ids.map(() => undefined)) },
    );
    expect(v.problems.filter((p) => p.code !== 'ORDER_NOT_FOUND').map((p) => [p.row, p.code])).toEqual([
      [5, 'INVOICE_REUSED'],
      [7, 'INVOICE_REUSED'],
      [9, 'DUPLICATE_ROW'],
    ]);
    // the order lookup is asked for each box once, look-alikes included
    expect([...asked[0]].sort()).toEqual(['660000000000000001', '660000000000000002', '660000000000000003', '660000000000000004', '660000000000000005', '660123456789012345', '770123456789012345']);
  });

  it('rows get their own box\'s order even when two boxes share their last 15 digits', () => {
    const order = (box: string, orderId: string, status: string): OrderInfo => ({ shipmentBoxId: box, orderId, status, invoiceNumber: null, deliveryCompanyCode: null, claimPending: false, splitShipping: false, items: [], receiverKey: null });
    const v = validateInvoiceRows(
      [
        ['묶음배송번호', '택배사', '송장번호'],
        ['660123456789012345', 'CJGLS', '680405450931'],
        ['770123456789012345', 'CJGLS', '680405450932'],
        ['880123456789012345', 'CJGLS', '680405450933'],
      ],
      { headerRow: 1, mapping: { shipmentBoxId: 0, carrier: 1, invoiceNumber: 2 }, orders: (ids) => ids.map((id) => [order('770123456789012345', '2', 'ACCEPT'), order('660123456789012345', '1', 'INSTRUCT')].find((o) => o.shipmentBoxId === id)) },
    );
    expect(v.rows.map((r) => [r.orderId, r.orderStatus])).toEqual([['1', 'INSTRUCT'], ['2', 'ACCEPT'], ['', null]]);
    expect(v.problems.map((p) => [p.row, p.code])).toEqual([[3, 'ORDER_STATE'], [4, 'ORDER_NOT_FOUND']]);
  });
});
