function noop(){}
