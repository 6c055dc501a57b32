import { LanguageSwitch } from '@/components/shared/language-switch';
import { Text } from '@/components/shared/text';

/** The popup's title bar (logo, name, language), shared by the popup and the side panel. */
export function PopupHeader() {
  return (
    <header className="tk-popup__header">
      <h1 className="tk-popup__title">
        <img src="/icon/32.png" alt="" width={20} height={20} className="tk-popup__logo" />
        <Text msg={{ key: 'ui.appName' }} layout="compact" />
      </h1>
      <LanguageSwitch />
    </header>
  );
}
