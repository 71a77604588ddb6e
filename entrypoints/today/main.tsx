import { render } from 'preact';
import { TodayApp } from '../../components/today/TodayApp';
import { followSystemTheme } from '../../lib/ui/system-theme';

followSystemTheme(document, window);
render(<TodayApp />, document.getElementById('app')!);
