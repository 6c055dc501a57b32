import { nameLookup, type NameRule, type Sourced } from './types';

export interface SessionCookieRow extends NameRule, Sourced {
  framework: string;
  /**
   * The sign-in service's own session (single sign-on at the identity provider). On another
   * host than the page it is the provider's login, not the way this site keeps you logged in.
   */
  signInService?: true;
}

/** Default session-cookie names of server frameworks: the cookie holds only a session id. */
export const sessionCookies: readonly SessionCookieRow[] = [
  {
    name: 'JSESSIONID',
    framework: 'Java Servlet (Tomcat, Jetty, Spring)',
    source:
      'https://jakarta.ee/specifications/servlet/6.0/jakarta-servlet-spec-6.0#session-tracking-mechanisms',
  },
  {
    // Spring Session's cookie (base64 of a UUID); upper case, unlike Flask's `session` below.
    pattern: /^SESSION$/,
    framework: 'Spring Session',
    source: 'https://docs.spring.io/spring-session/reference/guides/java-custom-cookie.html',
  },
  {
    // Logs the user in again once the session is gone: as much a credential as the session.
    name: 'remember-me',
    framework: 'Spring Security (remember-me)',
    source:
      'https://docs.spring.io/spring-security/reference/servlet/authentication/rememberme.html',
  },
  {
    name: 'PHPSESSID',
    framework: 'PHP',
    source: 'https://www.php.net/manual/en/session.configuration.php#ini.session.name',
  },
  {
    name: 'connect.sid',
    framework: 'Express (express-session)',
    source: 'https://github.com/expressjs/session#name',
  },
  {
    name: 'sessionid',
    framework: 'Django',
    source: 'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-name',
  },
  {
    name: 'laravel_session',
    framework: 'Laravel',
    source: 'https://laravel.com/docs/session#configuration',
  },
  {
    name: 'ASP.NET_SessionId',
    framework: 'ASP.NET',
    source:
      'https://learn.microsoft.com/en-us/dotnet/api/system.web.configuration.sessionstatesection.cookiename',
  },
  {
    pattern: /^\.AspNetCore\.(Cookies|Identity\.Application)(C\d+)?$/,
    framework: 'ASP.NET Core',
    source: 'https://learn.microsoft.com/en-us/aspnet/core/security/authentication/cookie',
  },
  {
    name: '.AspNetCore.Session',
    framework: 'ASP.NET Core',
    source:
      'https://learn.microsoft.com/en-us/dotnet/api/microsoft.aspnetcore.session.sessiondefaults.cookiename',
  },
  {
    // Laravel's "remember me" cookie: remember_<guard>_<sha1 of the guard class>.
    pattern: /^remember_[a-z]+_[0-9a-f]{40}$/,
    framework: 'Laravel (remember me)',
    source: 'https://laravel.com/docs/authentication#remembering-users',
  },
  {
    // The load balancer's own sign-in (OIDC or Cognito), split into -0, -1, … shards.
    pattern: /^AWSELBAuthSessionCookie(-\d+)?$/,
    framework: 'AWS Application Load Balancer authentication',
    source:
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html',
  },
  {
    name: '.ASPXAUTH',
    framework: 'ASP.NET Forms Authentication',
    source:
      'https://learn.microsoft.com/en-us/dotnet/api/system.web.security.formsauthentication.formscookiename',
  },
  {
    name: '_session_id',
    framework: 'Ruby on Rails',
    source: 'https://api.rubyonrails.org/classes/ActionDispatch/Session/CookieStore.html',
  },
  {
    name: 'rack.session',
    framework: 'Rack / Sinatra',
    source: 'https://github.com/rack/rack-session#usage',
  },
  {
    name: 'express:sess',
    framework: 'Express (cookie-session)',
    source: 'https://github.com/expressjs/cookie-session#name',
  },
  {
    name: 'ci_session',
    framework: 'CodeIgniter',
    source: 'https://codeigniter.com/user_guide/libraries/sessions.html#session-preferences',
  },
  {
    name: 'session',
    framework: 'Flask',
    source: 'https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_NAME',
  },
  {
    name: 'koa.sess',
    framework: 'Koa (koa-session)',
    source: 'https://github.com/koajs/session#options',
  },
  {
    name: 'CFID',
    framework: 'ColdFusion',
    source:
      'https://helpx.adobe.com/coldfusion/developing-applications/developing-cfml-applications/using-persistent-data-and-locking/configuring-and-using-session-variables.html',
  },
  {
    name: 'SESS',
    pattern: /^SS?ESS[0-9a-f]{32}$/,
    framework: 'Drupal',
    source:
      'https://api.drupal.org/api/drupal/core!lib!Drupal!Core!Session!SessionConfiguration.php/function/SessionConfiguration::getName',
  },
  {
    pattern: /^wordpress_logged_in_[0-9a-f]{32}$/,
    framework: 'WordPress',
    source: 'https://developer.wordpress.org/advanced-administration/wordpress/cookies/',
  },
  {
    // The proxy's own session (cookie store by default), split into _0, _1 when large.
    pattern: /^_oauth2_proxy(_\d+)?$/,
    framework: 'oauth2-proxy',
    source: 'https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview',
  },
  // Identity providers' own sign-in sessions: the login service's, on its own host.
  {
    pattern: /^KEYCLOAK_(SESSION|IDENTITY)(_LEGACY)?$/,
    framework: 'Keycloak (sign-in session)',
    signInService: true,
    source: 'https://www.keycloak.org/docs/latest/server_admin/#_cookies',
  },
  {
    pattern: /^ESTSAUTH(PERSISTENT)?$/,
    framework: 'Microsoft Entra ID (sign-in session)',
    signInService: true,
    source:
      'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-web-browser-cookies',
  },
  {
    pattern: /^auth0(_compat)?$/,
    framework: 'Auth0 (sign-in session)',
    signInService: true,
    source: 'https://auth0.com/docs/manage-users/cookies/authentication-api-cookies',
  },
  // Generic name patterns last, so exact names above (ci_session, …) win.
  {
    pattern: /^_[a-z0-9]+_session$/i,
    framework: 'Ruby on Rails (_app_session)',
    source: 'https://guides.rubyonrails.org/security.html#session-storage',
  },
  {
    pattern: /^[a-z0-9_]+_session$/i,
    framework: 'Laravel (APP_NAME_session)',
    source: 'https://github.com/laravel/laravel/blob/11.x/config/session.php',
  },
];

const lookup = nameLookup(sessionCookies);

/** The framework whose default session cookie is called `name`, if any. */
export function findSessionCookie(name: string): SessionCookieRow | undefined {
  return lookup(name);
}
