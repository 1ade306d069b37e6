print("main starts")
import _raises
