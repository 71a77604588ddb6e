import { render } from 'preact';
import { SidebarApp } from '../../components/SidebarApp';

render(<SidebarApp />, document.getElementById('app')!);
