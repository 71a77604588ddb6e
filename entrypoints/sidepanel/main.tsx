import { renderSidebar } from '../../components/SidebarApp';

void renderSidebar('panel', document.getElementById('app')!);
