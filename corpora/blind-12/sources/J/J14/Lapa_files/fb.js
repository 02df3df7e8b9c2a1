/* saved */ var __fb={lazy:true};
