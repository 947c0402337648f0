import { describe, expect, it } from 'vitest';
import { createLogger, maskAddress, maskName, maskPhone, redact } from './redact';

describe('redact', () => {
  it('masks phones, addresses and names the way the UI shows them', () => {
    expect(maskPhone('010-1234-5678')).toBe('010-****-5678');
    expect(maskPhone('0507-1234-5678')).toBe('0507-****-5678');
    expect(maskPhone('01012345678')).toBe('010-****-5678');
    expect(maskAddress('서울 강남구 테헤란로 123')).toBe('서울 강남구 ***');
    expect(maskAddress('서울특별시')).toBe('서울특별시 ***');
    expect(maskName('홍길동')).toBe('홍*동');
    expect(maskName('남궁민수')).toBe('남**수');
    expect(maskName('김철')).toBe('김*');
  });

  it('removes secrets and the Authorization header', () => {
    const out = redact({
      secretKey: 'sk-very-secret',
      accessKey: 'a1b2c3d4-0000',
      headers: { Authorization: 'CEA algorithm=HmacSHA256, access-key=a, signed-date=250115T090503Z, signature=abcdef' },
      proxyUrl: 'http://user:pw@proxy.example:3128',
      message: 'sent CEA algorithm=HmacSHA256, access-key=a1, signed-date=250115T090503Z, signature=059fd772cf5b',
    });
    expect(JSON.stringify(out)).not.toContain('sk-very-secret');
    expect(JSON.stringify(out)).not.toContain('abcdef');
    expect(JSON.stringify(out)).not.toContain('059fd772cf5b');
    expect(JSON.stringify(out)).not.toContain(':pw@');
    expect(out.accessKey).toBe('a1b2****');
  });

  it('masks an order sheet: orderer, receiver, safe numbers, addresses, but keeps IDs and products', () => {
    const order = {
      shipmentBoxId: '642538971006401429',
      orderer: { name: '홍길동', email: 'hong@example.com', safeNumber: '0502-1234-5678', ordererNumber: '010-1111-2222' },
      receiver: { name: '김영희', safeNumber: '0507-9876-5432', receiverNumber: null, addr1: '서울 강남구 테헤란로 123', addr2: '101동 1001호', postCode: '06236' },
      orderItems: [{ vendorItemName: '원피스 블랙', sellerProductName: '여름 원피스' }],
      invoiceNumber: '123456789012',
      shippingPlaceName: '본사 창고',
      returnCustomerName: '박민수',
      requesterPhoneNumber: '010-2222-3333',
      companyContactNumber: '02-1234-5678',
      returnAddress: '경기도 파주시 탄현면 월롱산로',
      addressType: 'JIBUN',
    };
    const out = redact(order) as any;
    expect(out.shipmentBoxId).toBe('642538971006401429');
    expect(out.orderer).toEqual({ name: '홍*동', email: 'h***@example.com', safeNumber: '0502-****-5678', ordererNumber: '010-****-2222' });
    expect(out.receiver.name).toBe('김*희');
    expect(out.receiver.addr1).toBe('서울 강남구 ***');
    expect(out.receiver.addr2).toBe('***');
    expect(out.receiver.receiverNumber).toBeNull();
    expect(out.receiver.postCode).toBe('062**');
    expect(out.orderItems[0]).toEqual(order.orderItems[0]);
    expect(out.invoiceNumber).toBe('123456789012');
    expect(out.shippingPlaceName).toBe('본사 창고');
    expect(out.returnCustomerName).toBe('박*수');
    expect(out.requesterPhoneNumber).toBe('010-****-3333');
    expect(out.companyContactNumber).toBe('02-****-5678');
    expect(out.returnAddress).toBe('경기도 파주시 ***');
    expect(out.addressType).toBe('JIBUN');
    expect(order.receiver.name).toBe('김영희'); // the input is not modified
  });

  it('scrubs phone numbers inside free text and survives cycles and errors', () => {
    const a: any = { note: '수취인 010-1234-5678 연락 바람' };
    a.self = a;
    const out = redact({ a, err: new Error('call 010 2222 3333 failed') }) as any;
    expect(out.a.note).toBe('수취인 010-****-5678 연락 바람');
    expect(out.a.self).toBe('[circular]');
    expect(out.err.message).toBe('call 010-****-3333 failed');
  });

  it('createLogger timestamps, redacts, and removes given literal secrets anywhere', () => {
    const lines: any[] = [];
    const log = createLogger((e) => lines.push(e), { secrets: ['s3cr3t-value'], now: () => new Date('2025-01-01T00:00:00Z') });
    log({ event: 'x', detail: 'key=s3cr3t-value', receiver: { name: '홍길동' } });
    expect(lines[0]).toEqual({ time: '2025-01-01T00:00:00.000Z', event: 'x', detail: 'key=[REDACTED]', receiver: { name: '홍*동' } });
  });
});
