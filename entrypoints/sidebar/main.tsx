import { startSidebar } from '../../components/sidebar-start';

void startSidebar('frame', document.getElementById('app')!);
