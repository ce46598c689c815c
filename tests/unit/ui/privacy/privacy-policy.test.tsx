/**
 * The privacy policy bundled with the extension: every part of it shows, in English and in
 * German, and the settings lead to it from Support.
 */
import { render, screen, within } from '@testing-library/preact';
import { Options } from '../../../../src/ui/options/Options';
import { POLICY } from '../../../../src/ui/privacy/policy';
import { PrivacyPolicy } from '../../../../src/ui/privacy/PrivacyPolicy';
import { getMessageIn, useBrowserLanguage } from '../../../support/fake-browser';

afterEach(() => {
  location.hash = '';
});

describe.each(['en', 'de'])('the privacy policy in %s', (locale) => {
  it('shows its title, every part under its heading, and its last line', () => {
    const english = useBrowserLanguage(locale);
    try {
      render(<PrivacyPolicy />);
      const words = (key: Parameters<typeof getMessageIn>[1]) => getMessageIn(locale, key);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(words(POLICY.title));
      const main = screen.getByRole('main', { name: words(POLICY.title) });
      expect(within(main).getByText(words(POLICY.lead))).toBeTruthy();
      for (const section of POLICY.sections) {
        const part = within(main).getByRole('region', { name: words(section.heading) });
        for (const paragraph of section.paragraphs) expect(within(part).getByText(words(paragraph)).tagName).toBe('P');
        const points =
          section.points.length > 0
            ? within(part)
                .getAllByRole('listitem')
                .map((item) => item.textContent)
            : [];
        expect(points).toEqual(section.points.map(words));
      }
      expect(within(main).getByText(words(POLICY.closing))).toBeTruthy();
    } finally {
      english();
    }
  });
});

describe('the settings', () => {
  it('lead from Support to the privacy policy', async () => {
    location.hash = '#support';
    render(<Options />);
    const support = await screen.findByRole('region', { name: 'Support' });
    const link = within(support).getByRole('link', { name: 'Privacy: what Small Hellos keeps, and where' });
    expect(link.getAttribute('href')).toBe('/src/ui/privacy/index.html');
  });
});
