import { nameLookup, type NameRule, type Sourced } from './types';

export type CookiePurpose =
  'analytics' | 'advertising' | 'consent' | 'load-balancer' | 'cdn' | 'csrf' | 'preferences';

export interface NonCredentialCookieRow extends NameRule, Sourced {
  purpose: CookiePurpose;
  vendor: string;
}

/**
 * Cookies that never prove who the user is. They must not make a site look logged in, however
 * random their values look.
 */
export const nonCredentialCookies: readonly NonCredentialCookieRow[] = [
  {
    pattern: /^_ga(_[A-Z0-9]+)?$/,
    purpose: 'analytics',
    vendor: 'Google Analytics',
    source: 'https://support.google.com/analytics/answer/11397207',
  },
  {
    pattern: /^(_gid|_gat(_.*)?|__utm[a-z])$/,
    purpose: 'analytics',
    vendor: 'Google Analytics',
    source: 'https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage',
  },
  {
    pattern: /^(_gcl_[a-z]+|IDE|test_cookie|NID|1P_JAR|AEC)$/,
    purpose: 'advertising',
    vendor: 'Google Ads',
    source: 'https://policies.google.com/technologies/cookies',
  },
  {
    pattern: /^(_fbp|_fbc|fr)$/,
    purpose: 'advertising',
    vendor: 'Meta Pixel',
    source: 'https://www.facebook.com/policy/cookies/',
  },
  {
    pattern: /^_hj/,
    purpose: 'analytics',
    vendor: 'Hotjar',
    source:
      'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code',
  },
  {
    pattern: /^(_clck|_clsk|CLID|MUID|ANONCHK|SM)$/,
    purpose: 'analytics',
    vendor: 'Microsoft Clarity',
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
  },
  {
    pattern:
      /^(ajs_anonymous_id|ajs_user_id|mp_.*_mixpanel|amp_.*|_pk_(id|ses)\..*|_mkto_trk|hubspotutk|__hs[a-z]+|_uetsid|_uetvid|_tt_enable_cookie|_ttp|_scid|li_gc|bcookie|lidc)$/,
    purpose: 'analytics',
    vendor:
      'Segment / Mixpanel / Amplitude / Matomo / Marketo / HubSpot / Bing / TikTok / Snap / LinkedIn',
    source:
      'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/',
  },
  {
    pattern:
      /^(cookie_?consent(_status)?|cookieconsent_status|CookieConsent|OptanonConsent|OptanonAlertBoxClosed|euconsent(-v2)?|CookieControl|cmplz_.*|didomi_token|usprivacy|_iub_cs-.*|borlabs-cookie)$/i,
    purpose: 'consent',
    vendor: 'Consent managers (OneTrust, Cookiebot, Osano, IAB TCF, …)',
    source: 'https://my.onetrust.com/s/article/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0',
  },
  {
    pattern: /^(AWSALB|AWSALBCORS|AWSALBTG|AWSALBTGCORS|AWSELB|AWSELBCORS)$/,
    purpose: 'load-balancer',
    vendor: 'AWS Elastic Load Balancing',
    source:
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html',
  },
  {
    pattern:
      /^(ARRAffinity|ARRAffinitySameSite|SERVERID|BIGipServer.*|TS01[0-9a-f]+|NSC_.*|ROUTEID|INGRESSCOOKIE)$/,
    purpose: 'load-balancer',
    vendor: 'Azure App Service / HAProxy / F5 / Citrix / nginx ingress',
    source:
      'https://learn.microsoft.com/en-us/azure/app-service/configure-common#configure-general-settings',
  },
  {
    pattern: /^(__cf_bm|cf_clearance|__cfruid|_cfuvid|__cflb|cf_ob_info|cf_use_ob)$/,
    purpose: 'cdn',
    vendor: 'Cloudflare',
    source:
      'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/',
  },
  {
    pattern: /^(ak_bmsc|bm_sv|bm_sz|_abck|bm_mi)$/,
    purpose: 'cdn',
    vendor: 'Akamai Bot Manager',
    source: 'https://techdocs.akamai.com/property-mgr/docs/akamai-cookies',
  },
  {
    name: 'csrftoken',
    purpose: 'csrf',
    vendor: 'Django',
    source: 'https://docs.djangoproject.com/en/stable/ref/settings/#csrf-cookie-name',
  },
  {
    pattern:
      /^(XSRF-TOKEN|_csrf|csrf_token|csrf|_xsrf|__Host-csrf.*|CSRF-TOKEN|__RequestVerificationToken.*|\.AspNetCore\.Antiforgery\..*)$/i,
    purpose: 'csrf',
    vendor: 'Angular / Laravel / csurf / Tornado / ASP.NET',
    source:
      'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html',
  },
  {
    pattern:
      /^(lang|locale|language|theme|tz|timezone|i18n_redirected|NEXT_LOCALE|dark_mode|color_scheme)$/i,
    purpose: 'preferences',
    vendor: 'Site preferences',
    source: 'https://nextjs.org/docs/pages/building-your-application/routing/internationalization',
  },
];

const lookup = nameLookup(nonCredentialCookies);

/** Why a cookie is known not to be a credential, if it is. */
export function findNonCredentialCookie(name: string): NonCredentialCookieRow | undefined {
  return lookup(name);
}
