// Writes the invoice-upload test fixtures under shared/invoices/fixtures/ (committed outputs):
// UTF-8 BOM CSV (WING 배송리스트 layout), CP949 CSV, .xlsx, .xls (BIFF8), a courier-program export
// (CJ대한통운 style, CP949, with a title row), a file with one instance of every row-level and
// order-level problem code, and one without the 송장번호 column (MISSING_COLUMN).
// Run: npx tsx scripts/gen-invoice-fixtures.ts
import iconv from 'iconv-lite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';

const dir = join('shared', 'invoices', 'fixtures');
mkdirSync(dir, { recursive: true });

const csv = (rows: (string | number)[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n') + '\r\n';
const box = (n: number) => `6600000000000${String(n).padStart(5, '0')}`;
const order = (n: number) => `11000000${String(n).padStart(5, '0')}`;
const item = (n: number) => `800000${String(n).padStart(5, '0')}`;

// 1. WING 배송리스트 layout, UTF-8 with BOM; box 3 is a two-item bundle, box 4 is split-shipped.
const wingHeader = ['번호', '묶음배송번호', '주문번호', '택배사', '운송장번호', '분리배송 Y/N', '분리배송 출고예정일', '주문시 출고예정일', '등록상품명', '등록옵션명', '노출상품ID', '옵션ID', '구매수(수량)', '수취인이름', '수취인전화번호', '우편번호', '수취인 주소', '배송메세지'];
const wingRows = [
  [1, box(1), order(1), 'CJ대한통운', '6804-0545-0931', 'N', '', '2026-01-06', '무선 마우스', '블랙', '7000001', item(1), 1, '김철수', '050-1234-5678', '05510', '서울특별시 송파구 송파대로 570', '문 앞'],
  [2, box(2), order(2), '롯데택배', '321308489512', 'N', '', '2026-01-06', '키보드', '화이트', '7000002', item(2), 1, '이영희', '050-1234-0001', '06236', '서울특별시 강남구 테헤란로 152', ''],
  [3, box(3), order(3), '한진택배', '1547827315', 'N', '', '2026-01-06', '노트', 'A5', '7000003', item(3), 2, '박민수', '050-1234-0002', '48058', '부산광역시 해운대구 센텀중앙로 79', ''],
  [4, box(3), order(3), '한진택배', '1547827315', 'N', '', '2026-01-06', '펜', '검정', '7000004', item(4), 3, '박민수', '050-1234-0002', '48058', '부산광역시 해운대구 센텀중앙로 79', ''],
  [5, box(4), order(4), '우체국', '6900004147609', 'Y', '', '2026-01-06', '컵', '흰색', '7000005', item(5), 1, '최지우', '050-1234-0003', '61945', '광주광역시 서구 내방로 111', ''],
  [6, box(4), order(4), '우체국', '', 'Y', '2026-01-09', '2026-01-06', '컵받침', '나무', '7000006', item(6), 1, '최지우', '050-1234-0003', '61945', '광주광역시 서구 내방로 111', ''],
];
writeFileSync(join(dir, 'wing-utf8-bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv([wingHeader, ...wingRows]), 'utf8')]));

// 2. CP949, English headers, Korean and English courier names and aliases.
const cpRows = [
  ['shipmentBoxId', 'orderId', 'vendorItemId', 'deliveryCompanyCode', 'invoiceNumber', '수취인', '메모'],
  [box(11), order(11), item(11), '롯데', '3213 0848 95', '정다은', '부재시 경비실'],
  [box(12), order(12), item(12), 'HANJIN', '300000010634', '강호동', ''],
  [box(13), order(13), item(13), '로젠택배', '20286005541', '유재석', '빠른 배송 부탁'],
  [box(14), order(14), item(14), 'CJ', '680405450932', '한가인', ''],
  [box(15), order(15), item(15), '업체직송', '202012250930', '송혜교', ''],
];
writeFileSync(join(dir, 'cp949.csv'), iconv.encode(csv(cpRows), 'cp949'));

// 3. and 4. Excel: IDs as text, invoice numbers typed as numbers (as Excel keeps them), one box ID
// typed as a number (18 digits: Excel keeps 15, the rest is lost → SCIENTIFIC_NOTATION).
function workbook(): XLSX.WorkBook {
  const aoa: (string | number)[][] = [
    ['묶음배송번호', '주문번호', '옵션ID', '택배사', '운송장번호', '수취인이름'],
    [box(21), order(21), item(21), 'CJ대한통운', 680405450931, '김하나'],
    [box(22), order(22), item(22), '한진택배', 1547827316, '이두리'],
    [box(23), order(23), item(23), 'EPOST', 6900004147610, '박세나'],
    [Number('660000000000000024'), order(24), item(24), 'CJGLS', 680405450934, '최네나'],
  ];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  // Text cells for the IDs (as when the column is formatted 텍스트).
  for (let r = 1; r <= 3; r++) for (let c = 0; c <= 2; c++) ws[XLSX.utils.encode_cell({ r, c })] = { t: 's', v: String(aoa[r][c]) };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '배송리스트');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['메모'], ['두 번째 시트는 읽지 않습니다']]), '메모');
  return wb;
}
writeFileSync(join(dir, 'wing.xlsx'), Buffer.from(XLSX.write(workbook(), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
writeFileSync(join(dir, 'legacy.xls'), Buffer.from(XLSX.write(workbook(), { type: 'array', bookType: 'biff8' }) as ArrayBuffer));

// 5. A courier program's export (CJ대한통운 style): a title row, no 택배사 column, the seller's
// reference (묶음배송번호) in 고객주문번호, CP949.
const cjRows = [
  ['CJ대한통운 출력자료 (2026-01-05)'],
  ['예약구분', '접수일자', '운송장번호', '고객주문번호', '받는분', '받는분전화번호', '받는분주소', '품목명', '수량'],
  ['일반', '2026-01-05', '6804-0545-1001', box(31), '오수진', '050-1111-2222', '대전광역시 유성구 대학로 99', '무선 마우스', '1'],
  ['일반', '2026-01-05', '6804-0545-1002', box(32), '문채원', '050-1111-3333', '인천광역시 연수구 컨벤시아대로 165', '키보드', '1'],
  ['일반', '2026-01-05', '6804-0545-1003', box(33), '서강준', '050-1111-4444', '경기도 성남시 분당구 판교역로 235', '노트, 펜', '2'],
];
writeFileSync(join(dir, 'courier-cj.csv'), iconv.encode(csv(cjRows), 'cp949'));

// 6. One instance of every problem code (rows 2..15; row 2 is the only valid row). The order
// store the tests pair with it: boxes 101-111 INSTRUCT, 113 ACCEPT, 114 DEPARTURE (other
// invoice), 115 INSTRUCT with a stop-shipment request; 112 is absent.
const every = [
  ['묶음배송번호', '주문번호', '옵션ID', '택배사', '송장번호', '수취인', '수취인주소'],
  [box(101), order(101), item(101), 'CJ대한통운', '6804-0545-0931', '김철수', '서울특별시 송파구 송파대로 570'], // 2 valid
  [box(102), order(102), item(102), 'CJGLS', '', '이영희', '서울특별시 강남구 테헤란로 152'], // 3 MISSING_VALUE
  ['66000000000000A103', order(103), item(103), 'CJGLS', '680405450903', '박민수', '부산광역시 해운대구 센텀중앙로 79'], // 4 BAD_ID
  [box(104), order(104), item(104), '번개택배', '680405450904', '최지우', '광주광역시 서구 내방로 111'], // 5 UNKNOWN_CARRIER
  [box(105), order(105), item(105), 'KOREX', '680405450905', '정다은', '대구광역시 중구 공평로 88'], // 6 CARRIER_CLOSED
  [box(106), order(106), item(106), 'CJGLS', '6804O5450906', '강호동', '울산광역시 남구 중앙로 201'], // 7 INVOICE_FORMAT
  [box(107), order(107), item(107), 'CJGLS', '12345', '유재석', '세종특별자치시 한누리대로 2130'], // 8 INVOICE_LENGTH
  [box(108), order(108), item(108), 'CJGLS', '6.80405E+11', '한가인', '제주특별자치도 제주시 문연로 6'], // 9 SCIENTIFIC_NOTATION
  [box(101), order(101), item(101), 'CJ대한통운', '6804-0545-0931', '김철수', '서울특별시 송파구 송파대로 570'], // 10 DUPLICATE_ROW
  [box(111), order(111), item(111), 'CJGLS', '680405450931', '송혜교', '강원특별자치도 춘천시 중앙로 1'], // 11 INVOICE_REUSED
  [box(112), order(112), item(112), 'CJGLS', '680405450912', '오수진', '대전광역시 유성구 대학로 99'], // 12 ORDER_NOT_FOUND
  [box(113), order(113), item(113), 'CJGLS', '680405450913', '문채원', '인천광역시 연수구 컨벤시아대로 165'], // 13 ORDER_STATE
  [box(114), order(114), item(114), 'CJGLS', '680405450914', '서강준', '경기도 성남시 분당구 판교역로 235'], // 14 ALREADY_INVOICED
  [box(115), order(115), item(115), 'CJGLS', '680405450915', '배수지', '충청북도 청주시 상당구 상당로 82'], // 15 CANCEL_REQUESTED
];
writeFileSync(join(dir, 'every-problem.csv'), Buffer.from(csv(every), 'utf8'));

writeFileSync(join(dir, 'missing-column.csv'), Buffer.from(csv([['묶음배송번호', '택배사', '수취인'], [box(201), 'CJGLS', '김철수']]), 'utf8'));

console.log(`fixtures written to ${dir}`);
