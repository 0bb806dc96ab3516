// sizes.flag_gzip: a page that uses nothing but <credit-flag>.
import '../../../widgets/credit-flag/define.js';
