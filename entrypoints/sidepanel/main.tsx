import { startSidebar } from '../../components/sidebar-start';

void startSidebar('panel', document.getElementById('app')!);
