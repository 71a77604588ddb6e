import { render } from 'preact';
import { SidebarApp } from '../../components/SidebarApp';

render(<SidebarApp surface="panel" />, document.getElementById('app')!);
