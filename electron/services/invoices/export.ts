// The result of a job as a file the seller keeps: every file row with what became of it.
import type { JobRecord, JobRowRecord, RowState } from '../../store/invoices-repo';
import { encodeTable, type ExportColumn } from '../table-export';

export const ROW_STATE_KO: Record<RowState, string> = {
  pending: '대기',
  sent: '전송 중',
  accepted: '등록됨',
  rejected: '실패',
  unknown: '확인 필요',
  skipped: '건너뜀',
};

export const RESULT_HEADER = ['행', '묶음배송번호', '주문번호', '옵션ID', '택배사(입력)', '택배사 코드', '송장번호(입력)', '송장번호', '출고예정일', '작업', '결과', '결과코드', '사유', '처리 시각'];

// IDs and invoice numbers stay text: Excel must not turn them into 6.6E+17.
const ID_COLUMNS = new Set([1, 2, 3, 6, 7]);
const RESULT_COLUMNS: ExportColumn[] = RESULT_HEADER.map((header, i) => ({
  header,
  kind: ID_COLUMNS.has(i) ? 'id' : 'text',
  width: i === 12 ? 60 : Math.max(10, header.length * 2 + 2),
}));

export function resultTable(rows: readonly JobRowRecord[]): string[][] {
  return rows.map((r) => [
    String(r.rowNo),
    r.shipmentBoxId,
    r.orderId,
    r.vendorItemId,
    r.input.carrier ?? '',
    r.carrierCode,
    r.input.invoice ?? '',
    r.invoiceNumber,
    r.estimatedShippingDate,
    r.action === 'update' ? '송장 수정' : '송장 등록',
    ROW_STATE_KO[r.state],
    r.resultCode ?? '',
    r.messageKo,
    r.finishedAt ?? '',
  ]);
}

export function resultFileName(job: JobRecord, format: 'csv' | 'xlsx'): string {
  const base = job.fileName.replace(/\.[^.]+$/, '').replace(/[\\/:*?"<>|]/g, '_') || 'invoices';
  return `${base}_결과_${job.id.slice(0, 8)}.${format}`;
}

export function encodeResult(job: JobRecord, rows: readonly JobRowRecord[], format: 'csv' | 'xlsx'): { fileName: string; mimeType: string; data: Buffer } {
  const { data, mimeType } = encodeTable('결과', RESULT_COLUMNS, resultTable(rows), format === 'csv' ? 'csv-utf8' : 'xlsx');
  return { fileName: resultFileName(job, format), mimeType, data };
}
