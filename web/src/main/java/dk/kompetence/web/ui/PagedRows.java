package dk.kompetence.web.ui;

import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces table fed page by page from a service search, so a list of 700 people or 300
 * sessions never loads more than the rows on screen. The search reads the bean's current filters.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    /** The bean's search for one page; serializable because it lives in a view-scoped bean. */
    public interface Search<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    private final Search<T> search;
    private final String sort;

    public PagedRows(Search<T> search, String sort) {
        this.search = search;
        this.sort = sort;
    }

    /** New filters show the first page of the new result, not page five of the old one. */
    public static void firstPage(String tableClientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) search.apply(new PageRequest(0, 1, sort)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return search.apply(new PageRequest(first / pageSize, pageSize, sort)).items();
    }
}
