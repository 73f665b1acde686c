import { sitePath } from '@/lib/request-locale';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';

/** Digits and a leading + only, for the tel: link. */
const dialable = (phone: string) => phone.replace(/[^\d+]/g, '');

export function SiteFooter() {
  const { clinic } = siteConfig;
  return (
    <footer className="mt-12 border-t border-line bg-surface">
      <div className="page-width grid gap-6 py-8 md:grid-cols-2">
        <div>
          <h2 className="font-bold">{uiText.footer.contact}</h2>
          <p className="mt-2 font-bold">{clinic.name}</p>
          <address className="not-italic">
            {clinic.addressLines.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
            <span className="block">
              {uiText.footer.call} <a href={`tel:${dialable(clinic.phone)}`}>{clinic.phone}</a>
            </span>
          </address>
          <p className="mt-2 print:hidden">
            <a href={clinic.appointmentUrl} rel="noopener noreferrer">
              {uiText.footer.appointment}
            </a>
          </p>
        </div>
        <div className="text-sm">
          <p>{uiText.footer.disclaimer}</p>
          <p className="mt-2">{uiText.footer.privacy}</p>
          <p className="mt-2 print:hidden">
            <a href={sitePath('/about')}>
              {uiText.nav.about} {siteConfig.siteName}
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
