import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { followSystemTheme } from '../../lib/ui/system-theme';

followSystemTheme(document, window);
render(<OptionsApp />, document.getElementById('app')!);
