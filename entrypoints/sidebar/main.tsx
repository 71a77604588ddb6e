import { renderSidebar } from '../../components/SidebarApp';

void renderSidebar('frame', document.getElementById('app')!);
