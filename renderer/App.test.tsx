// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { routes } from './router';
import { createFakeBridge } from './test/fakeBridge';
import { renderApp } from './test/render';

afterEach(() => cleanup());

const koLabels = ['주문', '송장 일괄등록', '상품등록', '쿠폰', '반품·교환', '고객문의', '정산', '설정'];

describe('navigation', () => {
  it('lists the eight screens in order with stable testids', () => {
    renderApp(createFakeBridge());
    const nav = screen.getByRole('navigation');
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('data-testid'))).toEqual(routes.map((r) => `nav-${r}`));
    expect(links.map((a) => a.textContent)).toEqual(koLabels);
  });

  it('opens on orders by default and for unknown hashes', () => {
    renderApp(createFakeBridge(), '#/nope');
    expect(screen.getByTestId('screen-orders')).toBeTruthy();
    expect(screen.getByTestId('nav-orders').getAttribute('aria-current')).toBe('page');
  });

  it('renders every screen from its menu entry', async () => {
    renderApp(createFakeBridge());
    for (const route of routes) {
      fireEvent.click(screen.getByTestId(`nav-${route}`));
      await waitFor(() => expect(screen.getByTestId(`screen-${route}`)).toBeTruthy());
      expect(screen.getByTestId(`nav-${route}`).getAttribute('aria-current')).toBe('page');
      // Only one screen at a time.
      expect(document.querySelectorAll('[data-testid^="screen-"]')).toHaveLength(1);
      // Every screen is built now: none may fall back to the placeholder.
      expect(screen.queryByTestId('coming-soon')).toBeNull();
      if (route === 'settings') expect(screen.getByTestId('profile-form')).toBeTruthy();
    }
  });

  it('follows the hash when it changes from outside (back/forward)', async () => {
    renderApp(createFakeBridge(), '#/orders');
    act(() => {
      window.location.hash = '#/coupons';
    });
    await waitFor(() => expect(screen.getByTestId('screen-coupons')).toBeTruthy());
  });
});

describe('language', () => {
  it('switches labels to English and remembers the choice through settings.setLocale', async () => {
    const fake = createFakeBridge();
    renderApp(fake);
    expect(screen.getByTestId('nav-orders').textContent).toBe('주문');
    fireEvent.change(screen.getByTestId('locale-switch'), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByTestId('nav-orders').textContent).toBe('Orders'));
    expect(screen.getByTestId('nav-settings').textContent).toBe('Settings');
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(fake.callsTo('settingsSetLocale')).toEqual([{ locale: 'en' }]));

    fireEvent.change(screen.getByTestId('locale-switch'), { target: { value: 'ko' } });
    await waitFor(() => expect(screen.getByTestId('nav-orders').textContent).toBe('주문'));
    await waitFor(() => expect(fake.callsTo('settingsSetLocale')).toEqual([{ locale: 'en' }, { locale: 'ko' }]));
  });

  it('applies the saved language from settings.get at start', async () => {
    renderApp(createFakeBridge({ locale: 'en' }));
    await waitFor(() => expect(screen.getByTestId('nav-invoices').textContent).toBe('Bulk invoices'));
    expect((screen.getByTestId('locale-switch') as HTMLSelectElement).value).toBe('en');
  });

  it('says so when the choice could not be saved', async () => {
    const fake = createFakeBridge({ setLocaleError: { code: 'INTERNAL', messageKo: '설정 파일에 쓸 수 없습니다.' } });
    renderApp(fake);
    fireEvent.change(screen.getByTestId('locale-switch'), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByTestId('locale-error').textContent).toContain('설정 파일에 쓸 수 없습니다.'));
  });
});
